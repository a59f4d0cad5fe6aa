import type { ReactNode } from 'react';
import { DataTable, ReferenceField, ReferenceManyField, SelectField, type SortPayload, TabbedShowLayout } from 'react-admin';
import { AddButton } from './AddButton';
import type { Choice } from './choices';

interface RelatedTabProps {
  /** The tab's address under the record's page (`…/show/sectors`). */
  path: string;
  label: string;
  /** The records listed: those of `reference` whose `target` is the shown record. */
  reference: string;
  target: string;
  sort?: SortPayload;
  perPage?: number;
  /** Where a row leads: its form (the usual case for a record's parts), its page, or nowhere. */
  rowClick?: 'edit' | 'show' | false;
  /** The label of an « Ajouter » button that creates a `reference` record pre-filled with the shown record. */
  add?: string;
  /** Other actions above the table (a workflow button, an « Ajouter » with more fields pre-filled). */
  actions?: ReactNode;
  /** Its columns (DataTable.Col). */
  children: ReactNode;
}

/**
 * A tab of a record's page listing the records attached to it (a post's sectors, a commission's members…), with
 * their « Ajouter » button: one layout for every record page. It passes TabbedShowLayout's own props (which side it
 * renders, its value) through to the tab it stands for.
 */
export const RelatedTab = ({
  path,
  label,
  reference,
  target,
  sort,
  perPage,
  rowClick = 'edit',
  add,
  actions,
  children,
  ...tab
}: RelatedTabProps) => (
  <TabbedShowLayout.Tab label={label} path={path} {...tab}>
    {(add || actions) && (
      // A plain element: the tab labels each of its children that is a component (an « Ajouter » above « Ajouter »).
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        {add && <AddButton resource={reference} field={target} label={add} />}
        {actions}
      </div>
    )}
    <ReferenceManyField label={false} reference={reference} target={target} sort={sort} perPage={perPage}>
      <DataTable bulkActionButtons={false} rowClick={rowClick}>
        {children}
      </DataTable>
    </ReferenceManyField>
  </TabbedShowLayout.Tab>
);

/** A column showing a reference by its record's name (`serviceId` → « PREF-35 – Préfecture… »). */
export const ReferenceCol = ({ source, reference, emptyText }: { source: string; reference: string; emptyText?: string }) => (
  <DataTable.Col source={source}>
    <ReferenceField source={source} reference={reference} emptyText={emptyText} />
  </DataTable.Col>
);

/** A column showing an enum's value by its French label. */
export const ChoiceCol = ({ source, choices, emptyText }: { source: string; choices: Choice[]; emptyText?: string }) => (
  <DataTable.Col source={source}>
    <SelectField source={source} choices={choices} emptyText={emptyText} />
  </DataTable.Col>
);
