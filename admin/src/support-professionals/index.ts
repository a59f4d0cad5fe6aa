import DirectoryIcon from '@mui/icons-material/ContactPhone';
import { formPages } from '../shared/CrudPages';
import { SupportProfessionalForm } from './SupportProfessionalForm';
import { SupportProfessionalList } from './SupportProfessionalList';

export default {
  list: SupportProfessionalList,
  ...formPages(SupportProfessionalForm, 'list'),
  icon: DirectoryIcon,
  recordRepresentation: 'name',
};
