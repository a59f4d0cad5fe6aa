import Icon from '@mui/icons-material/School';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { TrainingForm } from './TrainingForm';
import { TrainingList } from './TrainingList';
import { TrainingShow } from './TrainingShow';

export default {
  list: TrainingList,
  show: TrainingShow,
  create: createPage(TrainingForm),
  edit: editPage(TrainingForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => String(record.title),
};
