import Icon from '@mui/icons-material/Assessment';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { AnnualReportForm } from './AnnualReportForm';
import { AnnualReportList } from './AnnualReportList';
import { AnnualReportShow } from './AnnualReportShow';

export default {
  list: AnnualReportList,
  show: AnnualReportShow,
  create: createPage(AnnualReportForm),
  edit: editPage(AnnualReportForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Rapport ${record.year}`,
};
