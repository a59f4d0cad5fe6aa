import OverseasIcon from '@mui/icons-material/Public';
import type { RaRecord } from 'react-admin';
import { OverseasCollectivityList } from './OverseasCollectivityList';

export default {
  list: OverseasCollectivityList,
  icon: OverseasIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} – ${record.name}`,
};
