import Icon from '@mui/icons-material/EventSeat';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { SessionAttendanceForm } from './SessionAttendanceForm';
import { SessionAttendanceList } from './SessionAttendanceList';
import { SessionAttendanceShow } from './SessionAttendanceShow';

export default {
  list: SessionAttendanceList,
  show: SessionAttendanceShow,
  create: createPage(SessionAttendanceForm),
  edit: editPage(SessionAttendanceForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.capacity),
};
