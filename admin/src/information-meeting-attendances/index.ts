import Icon from '@mui/icons-material/HowToReg';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { InformationMeetingAttendanceForm } from './InformationMeetingAttendanceForm';
import { InformationMeetingAttendanceList } from './InformationMeetingAttendanceList';
import { InformationMeetingAttendanceShow } from './InformationMeetingAttendanceShow';

export default {
  list: InformationMeetingAttendanceList,
  show: InformationMeetingAttendanceShow,
  create: createPage(InformationMeetingAttendanceForm),
  edit: editPage(InformationMeetingAttendanceForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.id),
};
