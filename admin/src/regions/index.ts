import RegionIcon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { RegionCreate } from './RegionCreate';
import { RegionEdit } from './RegionEdit';
import { RegionList } from './RegionList';
import { RegionShow } from './RegionShow';

export default {
  list: RegionList,
  edit: RegionEdit,
  create: RegionCreate,
  show: RegionShow,
  icon: RegionIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} – ${record.name}`,
};
