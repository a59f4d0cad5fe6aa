import { Create, type RaRecord } from 'react-admin';
import { ServiceSiteForm } from './ServiceSiteForm';

// Back to the service's "Sites" tab when the site was added from there.
const redirect = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  data?.serviceId ? `services/${data.serviceId}/show/sites` : 'list';

export const ServiceSiteCreate = () => (
  <Create redirect={redirect}>
    <ServiceSiteForm />
  </Create>
);
