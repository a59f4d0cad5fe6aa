import Icon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { CandidateCallForm } from './CandidateCallForm';
import { CandidateCallList } from './CandidateCallList';
import { CandidateCallShow } from './CandidateCallShow';

export default {
  list: CandidateCallList,
  show: CandidateCallShow,
  create: createPage(CandidateCallForm),
  edit: editPage(CandidateCallForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
