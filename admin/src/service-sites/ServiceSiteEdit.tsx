import { Edit } from 'react-admin';
import { ServiceSiteForm } from './ServiceSiteForm';

export const ServiceSiteEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ServiceSiteForm />
  </Edit>
);
