import Icon from '@mui/icons-material/EventSeat';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { SessionAttendanceForm } from './SessionAttendanceForm';
import { SessionAttendanceList } from './SessionAttendanceList';
import { SessionAttendanceShow } from './SessionAttendanceShow';
import { enumLabel } from '../shared/labels';

export default {
  list: SessionAttendanceList,
  show: SessionAttendanceShow,
  create: createPage(SessionAttendanceForm),
  edit: editPage(SessionAttendanceForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Présence en séance (${enumLabel('AttendanceCapacity', record.capacity).toLowerCase()})`,
};
