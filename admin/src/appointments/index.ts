import Icon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';

export default {
  list: AppointmentList,
  show: AppointmentShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Arrêté n° ${record.arreteNumber}`,
};
