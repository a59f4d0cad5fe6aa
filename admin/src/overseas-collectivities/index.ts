import OverseasIcon from '@mui/icons-material/Public';
import { representations } from '../../../schema/representations';
import { OverseasCollectivityList } from './OverseasCollectivityList';

export default {
  list: OverseasCollectivityList,
  icon: OverseasIcon,
  recordRepresentation: representations.OverseasCollectivity,
};
