import HeadcountIcon from '@mui/icons-material/Groups';
import type { RaRecord } from 'react-admin';
import { ServiceHeadcountCreate } from './ServiceHeadcountCreate';
import { ServiceHeadcountEdit } from './ServiceHeadcountEdit';
import { ServiceHeadcountList } from './ServiceHeadcountList';
import { ServiceHeadcountShow } from './ServiceHeadcountShow';

export default {
  list: ServiceHeadcountList,
  edit: ServiceHeadcountEdit,
  create: ServiceHeadcountCreate,
  show: ServiceHeadcountShow,
  icon: HeadcountIcon,
  recordRepresentation: (record: RaRecord) => `${record.count} (${record.validFrom})`,
};
