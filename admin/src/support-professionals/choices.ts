import { choices } from '../shared/choices';

export const supportKindChoices = choices('SupportKind');
