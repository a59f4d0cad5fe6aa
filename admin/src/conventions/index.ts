import ConventionIcon from '@mui/icons-material/Handshake';
import type { RaRecord } from 'react-admin';
import { formPages } from '../shared/CrudPages';
import { ConventionForm } from './ConventionForm';
import { ConventionList } from './ConventionList';
import { ConventionShow } from './ConventionShow';

export default {
  list: ConventionList,
  show: ConventionShow,
  ...formPages(ConventionForm),
  icon: ConventionIcon,
  recordRepresentation: (record: RaRecord) => `${record.reference} – ${record.title}`,
};
