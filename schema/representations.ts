/**
 * How people name a record of a type wherever it is shown in words: the back office's `recordRepresentation`
 * (admin/src/<resource>/index.ts, which its « Historique » tab and its references use too) and the API's « Versions »
 * changes (api/src/shared/versions/record-versions.ts, through the resources' `representation`). One rule per type,
 * kept here beside the schema whose fields it reads, so that both sides name a record the same way.
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
