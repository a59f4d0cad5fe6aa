import type { ComponentType } from 'react';
import { Create, Edit } from 'react-admin';

/** The create page of a resource: its form, then its show page. */
export const createPage = (FormComponent: ComponentType) => () => (
  <Create redirect="show">
    <FormComponent />
  </Create>
);

/** The edit page: pessimistic, so that the API's version check and rules answer before anything shows as saved. */
export const editPage = (FormComponent: ComponentType) => () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <FormComponent />
  </Edit>
);
