import Icon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { createPage, editPage } from '../shared/pages';
import { MissionLetterForm } from './MissionLetterForm';
import { MissionLetterList } from './MissionLetterList';
import { MissionLetterShow } from './MissionLetterShow';

export default {
  list: MissionLetterList,
  show: MissionLetterShow,
  create: createPage(MissionLetterForm),
  edit: editPage(MissionLetterForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => `Lettre de mission, version ${record.revision}`,
};
