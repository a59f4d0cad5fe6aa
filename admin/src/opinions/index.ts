import Icon from '@mui/icons-material/Gavel';
import type { RaRecord } from 'react-admin';
import { OpinionList } from './OpinionList';
import { OpinionShow } from './OpinionShow';
import { enumLabel } from '../shared/labels';

export default {
  list: OpinionList,
  show: OpinionShow,
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Avis ${enumLabel('OpinionValue', record.value).toLowerCase()}`,
};
