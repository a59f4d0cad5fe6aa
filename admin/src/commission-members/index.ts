import Icon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { CommissionMemberForm } from './CommissionMemberForm';
import { CommissionMemberList } from './CommissionMemberList';
import { CommissionMemberShow } from './CommissionMemberShow';
import { enumLabel } from '../shared/labels';

export default {
  list: CommissionMemberList,
  show: CommissionMemberShow,
  create: createPage(CommissionMemberForm),
  edit: editPage(CommissionMemberForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => enumLabel('MemberRole', record.role),
};
