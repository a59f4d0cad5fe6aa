import { useGetRecordRepresentation, useGetResourceLabel, useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/**
 * A record page's title: the record's kind, then its name (« Poste du service social ASS-13-1 – … »), as react-admin
 * words it (`ra.page.show`, or the resource's own `resources.<r>.page.show`: i18n/fr-empty.ts); its name alone when
 * it already says the kind (« Commission locale d’action sociale de Paris », not « Commission Commission locale… »).
 */
export const RecordTitle = ({ page }: { page: 'show' | 'edit' }) => {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const represent = useGetRecordRepresentation(resource);
  const kind = useGetResourceLabel()(resource, 1);
  if (!record) return null;
  const name = represent(record);
  if (typeof name === 'string' && name.toLocaleLowerCase('fr').startsWith(kind.toLocaleLowerCase('fr'))) return <span>{name}</span>;
  const values = { name: kind, recordRepresentation: name };
  return <span>{translate(`resources.${resource}.page.${page}`, { ...values, _: translate(`ra.page.${page}`, values) })}</span>;
};
