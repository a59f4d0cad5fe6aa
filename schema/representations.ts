/**
 * How people name a record of a type wherever it is shown in words: the back office's `recordRepresentation`
 * (admin/src/<resource>/index.ts, which its « Historique » tab and its references use too) and the API's « Versions »
 * changes (api/src/shared/versions/record-versions.ts, through the resources' `representation`). One rule per type,
 * kept here beside the schema whose fields it reads, so that both sides name a record the same way; and one rule,
 * `defaultRepresentation`, for a type that declares none.
 */

/** A record as either side holds it: the GraphQL type's fields, which the entity's properties share (code, name…). */
export type Representation = (record: Record<string, unknown>) => string;

/** « code – name »: « PREF-75 – Préfecture — Paris », « 75 – Paris ». */
const codeAndName: Representation = (record) => `${String(record.code)} – ${String(record.name)}`;

export const representations = {
  Region: codeAndName,
  Department: codeAndName,
  OverseasCollectivity: codeAndName,
  Service: codeAndName,
  /** By its name alone: its code (« INTERIEUR ») is the conventions' identifier, not what people call it. */
  Ministry: (record) => String(record.name),
} satisfies Record<string, Representation>;

/** The fields people name a record by (never its UUID), in the order a type's first one is taken: code, else registration number… */
export const HUMAN_KEYS = ['code', 'registrationNumber', 'reference', 'title', 'name', 'label'] as const;

/**
 * A record of a type that declares no representation: by its name, else its title, else its human key, else its id.
 * Its human key is the first of HUMAN_KEYS its type has: `humanKey` (the API's, from the entity's metadata), else the
 * first the record holds (the back office's, whose records hold every field of their type, null or not).
 */
export const defaultRepresentation = (
  record: Record<string, unknown>,
  humanKey: string | undefined = HUMAN_KEYS.find((key) => key in record),
): string => String(record.name ?? record.title ?? (humanKey ? record[humanKey] : undefined) ?? record.id);
