import type { ReactNode } from 'react';
import { Show, TabbedShowLayout, usePermissions } from 'react-admin';
import { AuditHistory } from '../audit/AuditHistory';
import { canRead, type Me } from '../authProvider';
import { RecordTitle } from './RecordTitle';

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
 * Show page of a resource: a summary tab with the record's fields, the resource's own tabs, and last the audit
 * « Historique » tab, for the roles that read the trail (for the others the API refuses it: no tab that only says so).
 */
export const RecordShow = ({ children, tabs }: RecordShowProps) => {
  const { permissions } = usePermissions<Me | null>();
  return (
    <Show title={<RecordTitle page="show" />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.tabs.summary">{children}</TabbedShowLayout.Tab>
        {tabs}
        {canRead(permissions, 'AuditEntry') && (
          <TabbedShowLayout.Tab label="app.tabs.history" path="history">
            <AuditHistory />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
