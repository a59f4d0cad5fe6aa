import ReplacementIcon from '@mui/icons-material/SwapHoriz';
import { formPages } from '../shared/CrudPages';
import { ReplacementForm } from './ReplacementForm';
import { ReplacementList } from './ReplacementList';
import type { RaRecord } from 'react-admin';
import { frDate } from '../shared/french';
import { enumLabel } from '../shared/labels';

export default {
  list: ReplacementList,
  ...formPages(ReplacementForm, 'list'),
  icon: ReplacementIcon,
  recordRepresentation: (record: RaRecord) => `${enumLabel('ReplacementReason', record.reason)} (depuis le ${frDate(record.validFrom)})`,
};
