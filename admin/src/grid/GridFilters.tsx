import { Chip, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatValue } from './convert';
import { labelOf } from './import';
import type { GridState } from './useGrid';
import { DatePickerField } from '../shared/fr/DatePickerField';

/**
 * Server-side filters of the grid: free text (`q`), the enum and yes/no columns the list filter takes, the date of
 * the state (`asOf`); other filters passed by the list page (a service, a department…) show as removable chips.
 */
export const GridFilters = ({ grid, resource }: { grid: GridState; resource: string }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(key, { _: key });
  const { filter } = grid.query;
  const [q, setQ] = useState(String(filter.q ?? ''));
  const choices = grid.columns.filter((c) => c.filterable && (c.type === 'enum' || c.type === 'boolean'));
  const others = Object.entries(filter).filter(([key]) => key !== 'q' && !choices.some((c) => c.field === key));
  const setFilter = (key: string, value: unknown) => {
    const next = { ...filter, [key]: value };
    if (value === '' || value === undefined || value === null) delete next[key];
    grid.setQuery({ ...grid.query, filter: next });
  };
  useEffect(() => {
    if (q === String(filter.q ?? '')) return;
    const timer = setTimeout(() => setFilter('q', q.trim()), 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text triggers it
  }, [q]);

  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
      <TextField
        size="small"
        sx={{ width: 220 }}
        label={t('app.grid.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        disabled={grid.dirty}
      />
      {choices.map((column) => (
        <TextField
          key={column.field}
          select
          size="small"
          sx={{ width: 200 }}
          label={labelOf(resource, column.field, t)}
          value={filter[column.field] === undefined ? '' : String(filter[column.field])}
          onChange={(e) =>
            setFilter(column.field, column.type === 'boolean' && e.target.value !== '' ? e.target.value === 'true' : e.target.value)
          }
          disabled={grid.dirty}
        >
          <MenuItem value="">{t('app.grid.any')}</MenuItem>
          {(column.type === 'boolean' ? ['true', 'false'] : (column.enumValues ?? [])).map((v) => (
            <MenuItem key={v} value={v}>
              {formatValue(column, column.type === 'boolean' ? v === 'true' : v, t, grid.names)}
            </MenuItem>
          ))}
        </TextField>
      ))}
      <DatePickerField
        label={t('app.grid.asOf')}
        value={grid.query.asOf ?? ''}
        onChange={(asOf) => grid.setQuery({ ...grid.query, asOf: asOf || undefined })}
        disabled={grid.dirty}
      />
      {others.map(([key, value]) => {
        const column = grid.columns.find((c) => c.field === key);
        const text = column ? formatValue(column, value, t, grid.names) : String(value);
        return (
          <Chip
            key={key}
            label={`${labelOf(resource, key, t)} : ${text}`}
            onDelete={grid.dirty ? undefined : () => setFilter(key, undefined)}
          />
        );
      })}
    </Stack>
  );
};
