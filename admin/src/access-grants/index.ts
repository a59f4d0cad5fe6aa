import Icon from '@mui/icons-material/VpnKey';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { AccessGrantForm } from './AccessGrantForm';
import { AccessGrantList } from './AccessGrantList';
import { AccessGrantShow } from './AccessGrantShow';

/** Who may use the registry through the identity provider, with which role and perimeter (national administration). */
export default {
  list: AccessGrantList,
  show: AccessGrantShow,
  create: createPage(AccessGrantForm),
  edit: editPage(AccessGrantForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.label),
};
