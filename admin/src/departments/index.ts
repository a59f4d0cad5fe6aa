import DepartmentIcon from '@mui/icons-material/Place';
import { representations } from '../../../schema/representations';
import { DepartmentCreate } from './DepartmentCreate';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';

export default {
  list: DepartmentList,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  show: DepartmentShow,
  icon: DepartmentIcon,
  recordRepresentation: representations.Department,
};
