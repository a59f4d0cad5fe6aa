import Icon from '@mui/icons-material/Feedback';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { FieldReportForm } from './FieldReportForm';
import { FieldReportList } from './FieldReportList';
import { FieldReportShow } from './FieldReportShow';

export default {
  list: FieldReportList,
  show: FieldReportShow,
  create: createPage(FieldReportForm),
  edit: editPage(FieldReportForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.topic),
};
