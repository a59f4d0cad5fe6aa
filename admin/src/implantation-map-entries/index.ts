import Icon from '@mui/icons-material/PinDrop';
import type { RaRecord } from 'react-admin';
import { countWords } from '../shared/numbers';
import { createPage, editPage } from '../shared/pages';
import { ImplantationMapEntryForm } from './ImplantationMapEntryForm';
import { ImplantationMapEntryList } from './ImplantationMapEntryList';
import { ImplantationMapEntryShow } from './ImplantationMapEntryShow';

export default {
  list: ImplantationMapEntryList,
  show: ImplantationMapEntryShow,
  create: createPage(ImplantationMapEntryForm),
  edit: editPage(ImplantationMapEntryForm),
  icon: Icon,
  recordRepresentation: (record: RaRecord) => countWords(record.requiredCount, 'correspondant requis', 'correspondants requis'),
};
