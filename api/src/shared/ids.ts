const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from users (pasted cells, URLs, filters): a malformed one is refused or not found, never a database error. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
