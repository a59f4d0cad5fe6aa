import ReplacementIcon from '@mui/icons-material/SwapHoriz';
import { formPages } from '../shared/CrudPages';
import { ReplacementForm } from './ReplacementForm';
import { ReplacementList } from './ReplacementList';

export default {
  list: ReplacementList,
  ...formPages(ReplacementForm, 'list'),
  icon: ReplacementIcon,
};
