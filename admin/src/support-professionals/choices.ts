import { choices } from '../shared/choices';

export const supportKindChoices = choices('SupportKind', [
  'SOCIAL_WORKER',
  'OPERATIONAL_SUPPORT_PSYCHOLOGIST',
  'PREVENTION_DOCTOR',
  'OTHER',
] as const);
