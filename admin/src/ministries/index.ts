import MinistryIcon from '@mui/icons-material/AccountBalance';
import { representations } from '../../../schema/representations';
import { MinistryCreate } from './MinistryCreate';
import { MinistryEdit } from './MinistryEdit';
import { MinistryList } from './MinistryList';
import { MinistryShow } from './MinistryShow';

export default {
  list: MinistryList,
  edit: MinistryEdit,
  create: MinistryCreate,
  show: MinistryShow,
  icon: MinistryIcon,
  recordRepresentation: representations.Ministry,
};
