import Icon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { InformationMeetingForm } from './InformationMeetingForm';
import { InformationMeetingList } from './InformationMeetingList';
import { InformationMeetingShow } from './InformationMeetingShow';
import { frDate } from '../shared/french';

export default {
  list: InformationMeetingList,
  show: InformationMeetingShow,
  create: createPage(InformationMeetingForm),
  edit: editPage(InformationMeetingForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${frDate(record.date)} – ${record.title}`,
};
