import TimeIcon from '@mui/icons-material/PieChart';
import { TimeAllocationList } from './TimeAllocationList';
import { TimeAllocationShow } from './TimeAllocationShow';

// Shares are edited in a convention's allocation grid or in the spreadsheet view: no single-record form.
export default { list: TimeAllocationList, show: TimeAllocationShow, icon: TimeIcon };
