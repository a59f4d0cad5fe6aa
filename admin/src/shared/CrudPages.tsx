import type { ComponentType } from 'react';
import { Create, Edit, type RaRecord, type RedirectionSideEffect, useResourceContext } from 'react-admin';
import { datedChanges } from '../versions/dated';

/** The edit page of a resource: an edit of a record with dated versions sends only the dated fields it changes (versions/dated.ts). */
const DatedEdit = ({ Form, redirect }: { Form: ComponentType; redirect: RedirectionSideEffect }) => {
  const resource = useResourceContext() ?? '';
  return (
    <Edit
      mutationMode="pessimistic"
      redirect={redirect}
      transform={(data: RaRecord, options?: { previousData?: RaRecord }) => datedChanges(resource, data, options?.previousData)}
    >
      <Form />
    </Edit>
  );
};

/** The edit and create pages of a resource around its form (pessimistic: the server's violations come back on the inputs). */
export const formPages = (Form: ComponentType, redirect: RedirectionSideEffect = 'show') => ({
  edit: () => <DatedEdit Form={Form} redirect={redirect} />,
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
