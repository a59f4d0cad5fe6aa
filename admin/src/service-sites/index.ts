import SiteIcon from '@mui/icons-material/Apartment';
import type { RaRecord } from 'react-admin';
import { ServiceSiteCreate } from './ServiceSiteCreate';
import { ServiceSiteEdit } from './ServiceSiteEdit';
import { ServiceSiteList } from './ServiceSiteList';
import { ServiceSiteShow } from './ServiceSiteShow';

export default {
  list: ServiceSiteList,
  edit: ServiceSiteEdit,
  create: ServiceSiteCreate,
  show: ServiceSiteShow,
  icon: SiteIcon,
  recordRepresentation: (record: RaRecord) => [record.label, record.city].filter(Boolean).join(', '),
};
