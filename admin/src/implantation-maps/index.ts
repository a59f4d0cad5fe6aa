import Icon from '@mui/icons-material/Map';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { ImplantationMapForm } from './ImplantationMapForm';
import { ImplantationMapList } from './ImplantationMapList';
import { ImplantationMapShow } from './ImplantationMapShow';

export default {
  list: ImplantationMapList,
  show: ImplantationMapShow,
  create: createPage(ImplantationMapForm),
  edit: editPage(ImplantationMapForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `${record.title} (révision ${record.revision})`,
};
