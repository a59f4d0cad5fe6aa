import Icon from '@mui/icons-material/EventNote';
import type { RaRecord } from 'react-admin';
import { frDate } from '../shared/dates';
import { createPage, editPage } from '../shared/pages';
import { CommissionSessionForm } from './CommissionSessionForm';
import { CommissionSessionList } from './CommissionSessionList';
import { CommissionSessionShow } from './CommissionSessionShow';

export default {
  list: CommissionSessionList,
  show: CommissionSessionShow,
  create: createPage(CommissionSessionForm),
  edit: editPage(CommissionSessionForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Séance du ${frDate(record.date)}`,
};
