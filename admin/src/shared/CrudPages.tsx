import type { ComponentType } from 'react';
import { Create, Edit, type RedirectionSideEffect } from 'react-admin';

/** The edit and create pages of a resource around its form (pessimistic: the server's violations come back on the inputs). */
export const formPages = (Form: ComponentType, redirect: RedirectionSideEffect = 'show') => ({
  edit: () => (
    <Edit mutationMode="pessimistic" redirect={redirect}>
      <Form />
    </Edit>
  ),
  create: () => (
    <Create redirect={redirect}>
      <Form />
    </Create>
  ),
});

/** Back to the parent's tab after editing a child record (a sector of a post, an entry of a zone). */
export const toParentTab =
  (parent: string, field: string, tab: string): RedirectionSideEffect =>
  (_resource, _id, data) =>
    `${parent}/${(data as Record<string, string>)[field]}/show/${tab}`;
