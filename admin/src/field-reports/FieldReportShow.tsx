import { BooleanField, ReferenceField, TextField } from 'react-admin';
import { FrDateField } from '../shared/dates';
import { RecordShow } from '../shared/RecordShow';

export const FieldReportShow = () => (
  <RecordShow>
    <ReferenceField source="appointmentId" reference="appointments" />
    <FrDateField source="date" />
    <TextField source="topic" />
    <TextField source="text" />
    <BooleanField source="difficulty" />
    <TextField source="followUp" emptyText="—" />
    <FrDateField source="followUpOn" emptyText="—" />
  </RecordShow>
);
