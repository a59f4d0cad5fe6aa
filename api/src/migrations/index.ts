import { Migration20261123111434_Initial } from './Migration20261123111434_Initial';
import { Migration20261123112540_Affectation } from './Migration20261123112540_Affectation';
import { Migration20261123130219_Access } from './Migration20261123130219_Access';
import { Migration20261123130902_Network } from './Migration20261123130902_Network';
import { Migration20261123131258_Correspondents } from './Migration20261123131258_Correspondents';
import { Migration20261123141825_Directory } from './Migration20261123141825_Directory';
import { Migration20261201083445_Texts } from './Migration20261201083445_Texts';
import { Migration20261201091549_TextSearch } from './Migration20261201091549_TextSearch';
import { Migration20261201092607_AccessGrant } from './Migration20261201092607_AccessGrant';
import { Migration20261201095554_Meetings } from './Migration20261201095554_Meetings';
import { Migration20261201102500_QualificationSearch } from './Migration20261201102500_QualificationSearch';
import { Migration20261201113000_WritePosition } from './Migration20261201113000_WritePosition';
import { Migration20261201142050_CnasAndConsultations } from './Migration20261201142050_CnasAndConsultations';
import { Migration20261201150000_History } from './Migration20261201150000_History';
import { Migration20261201151951_NetworkReports } from './Migration20261201151951_NetworkReports';
import { Migration20261201180000_Versions } from './Migration20261201180000_Versions';
import { Migration20261201183000_PostAndConventionVersions } from './Migration20261201183000_PostAndConventionVersions';
import { Migration20261201153000_ChildListOrder } from './Migration20261201153000_ChildListOrder';
import { Migration20261201190000_StoredSearch } from './Migration20261201190000_StoredSearch';
import { Migration20261201190100_AccessLogWithoutHistory } from './Migration20261201190100_AccessLogWithoutHistory';
import { Migration20261201193000_RecordedViews } from './Migration20261201193000_RecordedViews';
import { Migration20261201213000_AccessLogUuidIds } from './Migration20261201213000_AccessLogUuidIds';

/** Every migration, in order: listed in code so that sources (tests) and dist (production) run the same list. */
export const migrationsList = [
  { name: 'Migration20261123111434_Initial', class: Migration20261123111434_Initial },
  { name: 'Migration20261123112540_Affectation', class: Migration20261123112540_Affectation },
  { name: 'Migration20261123130219_Access', class: Migration20261123130219_Access },
  { name: 'Migration20261123130902_Network', class: Migration20261123130902_Network },
  { name: 'Migration20261123131258_Correspondents', class: Migration20261123131258_Correspondents },
  { name: 'Migration20261123141825_Directory', class: Migration20261123141825_Directory },
  { name: 'Migration20261201083445_Texts', class: Migration20261201083445_Texts },
  { name: 'Migration20261201091549_TextSearch', class: Migration20261201091549_TextSearch },
  { name: 'Migration20261201092607_AccessGrant', class: Migration20261201092607_AccessGrant },
  { name: 'Migration20261201095554_Meetings', class: Migration20261201095554_Meetings },
  { name: 'Migration20261201102500_QualificationSearch', class: Migration20261201102500_QualificationSearch },
  { name: 'Migration20261201113000_WritePosition', class: Migration20261201113000_WritePosition },
  { name: 'Migration20261201142050_CnasAndConsultations', class: Migration20261201142050_CnasAndConsultations },
  { name: 'Migration20261201150000_History', class: Migration20261201150000_History },
  { name: 'Migration20261201151951_NetworkReports', class: Migration20261201151951_NetworkReports },
  { name: 'Migration20261201153000_ChildListOrder', class: Migration20261201153000_ChildListOrder },
  { name: 'Migration20261201180000_Versions', class: Migration20261201180000_Versions },
  { name: 'Migration20261201183000_PostAndConventionVersions', class: Migration20261201183000_PostAndConventionVersions },
  { name: 'Migration20261201190000_StoredSearch', class: Migration20261201190000_StoredSearch },
  { name: 'Migration20261201190100_AccessLogWithoutHistory', class: Migration20261201190100_AccessLogWithoutHistory },
  { name: 'Migration20261201193000_RecordedViews', class: Migration20261201193000_RecordedViews },
  { name: 'Migration20261201213000_AccessLogUuidIds', class: Migration20261201213000_AccessLogUuidIds },
];
