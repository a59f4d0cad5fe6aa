/**
 * Every cap on text a caller sends, in one place (the write side derives its lengths from the columns; these are the
 * lengths no column gives). Other checks read them from here, so that a cap is changed once.
 */
export const TEXT_LIMITS = {
  /** A `text` column (free text: reasons, reports, notes) has no length in PostgreSQL: ours, in characters. */
  freeText: 10_000,
  /** A filter's free-text search `q`: a search is a few words, and a long pattern holds a connection for seconds. */
  search: 200,
  /** Any other filter or query argument (codes, names, identifiers): at most what a varchar column holds. */
  argument: 255,
} as const;
