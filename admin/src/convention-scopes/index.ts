import { formPages, toParentTab } from '../shared/CrudPages';
import { ConventionScopeForm } from './ConventionScopeForm';

const back = toParentTab('conventions', 'conventionId', 'zone');

/** Zone entries are listed on their convention's page: only their forms here. */
export default {
  ...formPages(ConventionScopeForm, back),
};
