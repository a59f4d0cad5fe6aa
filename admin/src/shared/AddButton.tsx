import { CreateButton, useRecordContext } from 'react-admin';

/** "Add" button on a tab: creates a `resource` record pre-filled with `field` = the shown record's id. */
export const AddButton = ({ resource, field, label }: { resource: string; field: string; label: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return <CreateButton resource={resource} label={label} state={{ record: { [field]: record.id } }} />;
};
