import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface Coverage {
  services: { code: string }[];
  departments: { code: string }[];
  populations: string[];
  etpProvided: number | null;
  etpAllocated: number;
  headcount: number;
}

/** What the convention covers today (read with the convention: `resourceOptions` detail). */
export const ConventionCoverage = () => {
  const record = useRecordContext<{ id: string; coverage?: Coverage }>();
  const translate = useTranslate();
  const c = record?.coverage;
  if (!c) return null;
  const rows: [string, string][] = [
    [translate('resources.services.name', { smart_count: 2 }), c.services.map((s) => s.code).join(', ') || '—'],
    [translate('resources.departments.name', { smart_count: 2 }), c.departments.map((d) => d.code).join(', ') || '—'],
    [translate('resources.conventions.fields.populations'), c.populations.map((p) => translate(`enums.Population.${p}`)).join(', ')],
    [translate('resources.conventions.fields.etpProvided'), c.etpProvided === null ? '—' : String(c.etpProvided)],
    ['ETP', String(c.etpAllocated)],
    [translate('resources.service-headcounts.fields.count'), String(c.headcount)],
  ];
  return (
    <Table size="small" data-testid="convention-coverage">
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell component="th">{label}</TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
