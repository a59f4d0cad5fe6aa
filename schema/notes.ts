/**
 * The notes a resource's declarations write into the schema's descriptions (api/src/shared/schema-notes.ts), and
 * how a client reads them back (admin/src/dataProvider/schema.ts): one wording, kept here beside the schema it
 * annotates, so that a rephrased note cannot silently empty the back office's sortable columns, required markers
 * or allowed values.
 */

const SORTABLE = 'Champs de tri : ';
const THEN_ID = ' (puis id';
const STABLE = `${THEN_ID}, pour un ordre stable). Sans tri : par id.`;
const UNSORTABLE = 'Aucun champ de tri : la liste vient dans un ordre fixe (par id).';
const REQUIRED = 'Obligatoire.';
const ALLOWED = 'Valeurs permises : ';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SORTABLE_READ = new RegExp(`^${escape(SORTABLE)}(.*?)${escape(THEN_ID)}`);
const REQUIRED_READ = new RegExp(`(^|\\s)${escape(REQUIRED)}`);
const ALLOWED_READ = new RegExp(`(?:^|\\s)${escape(ALLOWED)}(.*?)\\.(?:\\s|$)`);

/** A list's `sort` argument: the fields it sorts on, then by id. */
export const sortableNote = (fields: readonly string[]) => (fields.length ? `${SORTABLE}${fields.join(', ')}${STABLE}` : UNSORTABLE);
export const sortableOf = (description: string | null | undefined): string[] =>
  SORTABLE_READ.exec(description ?? '')?.[1].split(', ') ?? [];

/** An input field a record is created with and an update cannot clear. */
export const requiredNote = `${REQUIRED} Un enregistrement est créé avec, une modification ne peut pas l’effacer.`;
export const isRequired = (description: string | null | undefined): boolean => REQUIRED_READ.test(description ?? '');

/** The only values a scalar input field takes. */
export const allowedNote = (values: readonly (string | number)[]) => `${ALLOWED}${values.join(', ')}.`;
export const allowedOf = (description: string | null | undefined): string[] | undefined =>
  ALLOWED_READ.exec(description ?? '')?.[1].split(', ');
