import RegionIcon from '@mui/icons-material/Map';
import { representations } from '../../../schema/representations';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export default {
  list: RegionList,
  edit: RegionEdit,
  create: RegionCreate,
  show: RegionShow,
  icon: RegionIcon,
  recordRepresentation: representations.Region,
};
