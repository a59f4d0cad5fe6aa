import TimeIcon from '@mui/icons-material/PieChart';
import { TimeAllocationList } from './TimeAllocationList';
import { TimeAllocationShow } from './TimeAllocationShow';
import type { RaRecord } from 'react-admin';
import { frDate, frNumber } from '../shared/french';
import { enumLabel } from '../shared/labels';

// Shares are edited in a convention's allocation grid or in the spreadsheet view: no single-record form.
export default {
  list: TimeAllocationList,
  show: TimeAllocationShow,
  icon: TimeIcon,
  recordRepresentation: (record: RaRecord) =>
    `${frNumber(record.share)} – ${enumLabel('AllocationTarget', record.targetKind)} (depuis le ${frDate(record.validFrom)})`,
};
