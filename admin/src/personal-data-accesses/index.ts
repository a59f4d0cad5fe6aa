import AccessLogIcon from '@mui/icons-material/ManageSearch';
import { PersonalDataAccessList } from './PersonalDataAccessList';

export default { list: PersonalDataAccessList, icon: AccessLogIcon };
