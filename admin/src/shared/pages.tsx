import type { ComponentType } from 'react';
import { Create, Edit } from 'react-admin';
import { RecordTitle } from './RecordTitle';

/** The create page of a resource: its form, then its show page. */
export const createPage = (FormComponent: ComponentType) => () => (
  <Create redirect="show">
    <FormComponent />
  </Create>
);

/** The edit page: pessimistic, so that the API's version check and rules answer before anything shows as saved. */
export const editPage = (FormComponent: ComponentType) => () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<RecordTitle page="edit" />}>
    <FormComponent />
  </Edit>
);
