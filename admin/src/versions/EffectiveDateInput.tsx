import { FormDataConsumer, useRecordContext, useResourceContext } from 'react-admin';
import { DateInput } from '../shared/fr/DateInput';
import { changesDatedField } from './dated';

/**
 * Edit only: once a dated field (name, parent…; ./dated.ts) changes, « Date d’effet » — the day the change takes effect
 * (the API defaults to today). The API's violations on `effectiveDate` show on this input.
 */
export const EffectiveDateInput = () => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  if (record?.id == null) return null;
  return (
    <FormDataConsumer>
      {({ formData }) =>
        changesDatedField(resource, formData, record) ? (
          <DateInput source="effectiveDate" helperText="app.versions.effectiveDateHelper" />
        ) : null
      }
    </FormDataConsumer>
  );
};
