import Icon from '@mui/icons-material/HowToReg';
import type { RaRecord } from 'react-admin';
import { frDate } from '../shared/dates';
import { createPage, editPage } from '../shared/pages';
import { CandidacyForm } from './CandidacyForm';
import { CandidacyList } from './CandidacyList';
import { CandidacyShow } from './CandidacyShow';

export default {
  list: CandidacyList,
  show: CandidacyShow,
  create: createPage(CandidacyForm),
  edit: editPage(CandidacyForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `déposée le ${frDate(record.filedOn)}`,
};
