import Icon from '@mui/icons-material/Summarize';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { NationalSynthesisReportForm } from './NationalSynthesisReportForm';
import { NationalSynthesisReportList } from './NationalSynthesisReportList';
import { NationalSynthesisReportShow } from './NationalSynthesisReportShow';

export default {
  list: NationalSynthesisReportList,
  show: NationalSynthesisReportShow,
  create: createPage(NationalSynthesisReportForm),
  edit: editPage(NationalSynthesisReportForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Synthèse nationale ${record.year}`,
};
