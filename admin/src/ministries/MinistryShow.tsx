import { BooleanField, TextField } from 'react-admin';
import { RecordShow } from '../shared/RecordShow';

export const MinistryShow = () => (
  <RecordShow>
    <TextField source="code" />
    <TextField source="name" />
    <BooleanField source="interior" />
  </RecordShow>
);
