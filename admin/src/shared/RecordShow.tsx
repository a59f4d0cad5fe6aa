import type { ReactNode } from 'react';
import { Show, TabbedShowLayout } from 'react-admin';
import { AuditHistory } from '../audit/AuditHistory';

export interface RecordShowProps {
  /** The fields of the first tab ("Résumé"). */
  children: ReactNode;
  /**
   * Tabs shown between the summary and the history: one `<TabbedShowLayout.Tab>` or an array of them
   * (with keys). Not a fragment: `TabbedShowLayout` only sees its direct children.
   */
  tabs?: ReactNode;
}

/**
 * Show page of a resource: a summary tab with the record's fields, the resource's own tabs, and
 * always, last, the audit « Historique » tab.
 */
export const RecordShow = ({ children, tabs }: RecordShowProps) => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.tabs.summary">{children}</TabbedShowLayout.Tab>
      {tabs}
      <TabbedShowLayout.Tab label="app.tabs.history" path="history">
        <AuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
