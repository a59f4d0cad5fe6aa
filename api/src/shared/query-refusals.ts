import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from './error-catalogue';

// Kept apart from query-limits.ts: errors.ts needs these, and graphql-armor must not load with every entity.

/** The refusals of graphql-armor and graphql-js (fixed English messages), in French with a sub-code. */
const REFUSALS: [RegExp, ErrorCode, (m: RegExpMatchArray) => string][] = [
  [
    /Query depth limit of (\d+) exceeded, found (\d+)/,
    'QUERY_DEPTH',
    (m) => `Requête trop profonde : ${m[2]} niveaux imbriqués, ${m[1]} au plus.`,
  ],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, 'QUERY_ALIASES', (m) => `Trop d’alias dans la requête : ${m[2]}, ${m[1]} au plus.`],
  [
    /Directives limit of (\d+) exceeded, found (\d+)/,
    'QUERY_DIRECTIVES',
    (m) => `Trop de directives dans la requête : ${m[2]}, ${m[1]} au plus.`,
  ],
  [/Document contains more tha[nt] (\d+) tokens/, 'QUERY_TOKENS', (m) => `Requête trop longue : plus de ${m[1]} éléments.`],
];

/** A refused query's error in its final shape (French message, `subCode`), or undefined for any other error. */
export function queryLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const subCode = formatted.extensions?.subCode;
  if (typeof subCode === 'string' && subCode.startsWith('QUERY_')) {
    return { message: formatted.message, extensions: { code: formatted.extensions?.code, subCode } };
  }
  for (const [pattern, code, message] of REFUSALS) {
    const match = formatted.message.match(pattern);
    if (match)
      return { message: message(match), locations: formatted.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', subCode: code } };
  }
  return undefined;
}

/**
 * graphql-js suggests names ("Did you mean "code"?", "Did you mean the enum value "DDI"?"): in production they would
 * reveal the schema that introspection hides, so they are dropped there; in development they help.
 */
export const hideSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
