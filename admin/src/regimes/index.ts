import Icon from '@mui/icons-material/Policy';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { RegimeForm } from './RegimeForm';
import { RegimeList } from './RegimeList';
import { RegimeShow } from './RegimeShow';

export default {
  list: RegimeList,
  show: RegimeShow,
  create: createPage(RegimeForm),
  edit: editPage(RegimeForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.name),
};
