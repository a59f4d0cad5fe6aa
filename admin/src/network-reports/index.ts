import Icon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { NetworkReportForm } from './NetworkReportForm';
import { NetworkReportList } from './NetworkReportList';
import { NetworkReportShow } from './NetworkReportShow';

export default {
  list: NetworkReportList,
  show: NetworkReportShow,
  create: createPage(NetworkReportForm),
  edit: editPage(NetworkReportForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Rapport ${record.year}${record.quarter ? ` T${record.quarter}` : ''}`,
};
