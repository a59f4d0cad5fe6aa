import { Migration20261123111434_Initial } from './Migration20261123111434_Initial';
import { Migration20261123112540_Affectation } from './Migration20261123112540_Affectation';

/** Every migration, in order: listed in code so that sources (tests) and dist (production) run the same list. */
export const migrationsList = [
  { name: 'Migration20261123111434_Initial', class: Migration20261123111434_Initial },
  { name: 'Migration20261123112540_Affectation', class: Migration20261123112540_Affectation },
];
