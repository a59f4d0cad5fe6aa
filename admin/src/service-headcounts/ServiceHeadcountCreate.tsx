import { Create, type RaRecord } from 'react-admin';
import { ServiceHeadcountForm } from './ServiceHeadcountForm';

// Back to the service's "Effectifs" tab when the headcount was added from there.
const redirect = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  data?.serviceId ? `services/${data.serviceId}/show/headcounts` : 'list';

export const ServiceHeadcountCreate = () => (
  <Create redirect={redirect}>
    <ServiceHeadcountForm />
  </Create>
);
