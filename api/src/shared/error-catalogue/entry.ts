/** The error categories of `extensions.code`; the precise rule is in `extensions.subCode` (an `ErrorCode`). */
export type ErrorCategory =
  'VALIDATION_FAILED' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR' | 'GRAPHQL_VALIDATION_FAILED';

/**
 * One error code of the catalogue (Twenty's exhaustive code → message maps; PostGraphile's page per code).
 * Everything here is read by users (explorer docs, schema), hence French.
 */
export interface ErrorEntry {
  /** `extensions.code` it is returned under (bulk results carry the code in `violations` without a category). */
  category: ErrorCategory;
  /** WARNING: accepted and returned with the result, to show; never a refusal. Default ERROR. */
  severity?: 'WARNING';
  /** The French message the user reads; `{…}` stand for the values of the request or of the record. */
  message: string;
  /** What it means, and where the rule comes from. */
  meaning: string;
  /** How to get past it. */
  fix: string;
}

/** A module's part of the catalogue: the `satisfies` keeps its keys as literal types. */
export type ErrorEntries = Record<string, ErrorEntry>;
