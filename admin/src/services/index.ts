import ServiceIcon from '@mui/icons-material/Business';
import { representations } from '../../../schema/representations';
import { ServiceCreate } from './ServiceCreate';
import { ServiceEdit } from './ServiceEdit';
import { ServiceList } from './ServiceList';
import { ServiceShow } from './ServiceShow';

export default {
  list: ServiceList,
  edit: ServiceEdit,
  create: ServiceCreate,
  show: ServiceShow,
  icon: ServiceIcon,
  recordRepresentation: representations.Service,
};
