import AssignmentIcon from '@mui/icons-material/AssignmentInd';
import type { RaRecord } from 'react-admin';
import { formPages } from '../shared/CrudPages';
import { PostAssignmentForm } from './PostAssignmentForm';
import { PostAssignmentList } from './PostAssignmentList';
import { PostAssignmentShow } from './PostAssignmentShow';
import { frNumber } from '../shared/french';

export default {
  list: PostAssignmentList,
  show: PostAssignmentShow,
  ...formPages(PostAssignmentForm),
  icon: AssignmentIcon,
  recordRepresentation: (record: RaRecord) => `${record.reference} – quotité ${frNumber(record.workQuota)}`,
};
