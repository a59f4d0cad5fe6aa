import MinistryIcon from '@mui/icons-material/AccountBalance';
import type { RaRecord } from 'react-admin';
import { MinistryCreate } from './MinistryCreate';
import { MinistryEdit } from './MinistryEdit';
import { MinistryList } from './MinistryList';
import { MinistryShow } from './MinistryShow';

export default {
  list: MinistryList,
  edit: MinistryEdit,
  create: MinistryCreate,
  show: MinistryShow,
  icon: MinistryIcon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
