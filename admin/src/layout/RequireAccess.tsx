import type { ReactNode } from 'react';
import { usePermissions, useResourceDefinitions } from 'react-admin';
import { canWrite, type Me } from '../authProvider';
import { shapeOf } from '../dataProvider/schema';
import { NoAccessPage } from './NotFoundPage';

/**
 * A page of its own (a custom route, there for every role) opened only where the menu shows its entry: its resource
 * registered for the caller's role, and, for a spreadsheet (`write`), the right to change the type. Otherwise the
 * no-access page, not a page that the API's refusals would leave empty or broken.
 */
export const RequireAccess = ({ resource, write = false, children }: { resource: string; write?: boolean; children: ReactNode }) => {
  const resources = useResourceDefinitions();
  const { permissions, isPending } = usePermissions<Me | null>();
  if (isPending) return null;
  const open = Boolean(resources[resource]) && (!write || canWrite(permissions, shapeOf(resource).type));
  return open ? children : <NoAccessPage />;
};
