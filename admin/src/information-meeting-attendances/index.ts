import Icon from '@mui/icons-material/HowToReg';
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
  recordRepresentation: () => 'Présence à une réunion d’information',
};
