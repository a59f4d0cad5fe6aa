import Icon from '@mui/icons-material/QuestionAnswer';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationList } from './ConsultationList';
import { ConsultationShow } from './ConsultationShow';

export default {
  list: ConsultationList,
  show: ConsultationShow,
  create: createPage(ConsultationForm),
  edit: editPage(ConsultationForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
