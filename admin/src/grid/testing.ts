/** Helpers of the grid's unit tests: the French messages of the back office, and the agents' grid columns. */
import { frMessages } from '../i18n/fr';
import type { Translate } from './convert';
import { gridColumns } from './model';

export const t: Translate = (key) => {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], frMessages);
  return typeof found === 'string' ? found : key;
};

export const agentColumns = () =>
  gridColumns({ resource: 'agents', columns: ['registrationNumber', 'lastName', 'email', 'status', 'serviceId', 'validFrom', 'active'] });
