import { formPages, toParentTab } from '../shared/CrudPages';
import { ConventionScopeForm } from './ConventionScopeForm';
import type { RaRecord } from 'react-admin';

const back = toParentTab('conventions', 'conventionId', 'zone');

/** Zone entries are listed on their convention's page: only their forms here. */
export default {
  ...formPages(ConventionScopeForm, back),
  // The record holds ids only: what kind of area it adds to the zone, the form below names it.
  recordRepresentation: (record: RaRecord) =>
    record.serviceId ? '(un service)' : record.departmentId ? '(un département)' : '(une région)',
};
