import { Edit, type RaRecord } from 'react-admin';
import { datedChanges } from '../versions/dated';
import { ServiceForm } from './ServiceForm';

// Pessimistic: the API checks the version and the rules, and its messages must land on the inputs.
export const ServiceEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data: RaRecord, options?: { previousData?: RaRecord }) => datedChanges('services', data, options?.previousData)}
  >
    <ServiceForm />
  </Edit>
);
