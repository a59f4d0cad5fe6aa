import Icon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { CommissionForm } from './CommissionForm';
import { CommissionList } from './CommissionList';
import { CommissionShow } from './CommissionShow';

export default {
  list: CommissionList,
  show: CommissionShow,
  create: createPage(CommissionForm),
  edit: editPage(CommissionForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
