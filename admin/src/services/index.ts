import ServiceIcon from '@mui/icons-material/Business';
import type { RaRecord } from 'react-admin';
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
  recordRepresentation: (record: RaRecord) => `${record.code} – ${record.name}`,
};
