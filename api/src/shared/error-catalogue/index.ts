import { registerEnumType } from 'type-graphql';
import { activityErrors } from './activity';
import { commissionErrors } from './commissions';
import { commonErrors } from './common';
import { conventionErrors } from './conventions';
import { correspondentErrors } from './correspondents';
import type { ErrorEntry } from './entry';
import { networkErrors } from './network';
import { referentialErrors } from './referential';
import { versionErrors } from './versions';

export type { ErrorCategory, ErrorEntry } from './entry';

/** The parts of the catalogue, one per module; a code is defined in exactly one (catalogue.test.ts). */
export const CATALOGUE_PARTS = {
  commonErrors,
  referentialErrors,
  commissionErrors,
  correspondentErrors,
  activityErrors,
  networkErrors,
  conventionErrors,
  versionErrors,
};

/**
 * Every `extensions.subCode` and `Violation.code` the API returns: code → French message → meaning and fix.
 * `ErrorCode` is its key type, so `violation()` and `DomainError` accept no other code (tsc enforces it), and the
 * schema's `ErrorCode` enum documents each one (the explorer's docs). A new code goes in its module's part.
 */
export const ERROR_CATALOGUE = {
  ...commonErrors,
  ...referentialErrors,
  ...commissionErrors,
  ...correspondentErrors,
  ...activityErrors,
  ...networkErrors,
  ...conventionErrors,
  ...versionErrors,
} satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** The codes as an enum-like object (`ErrorCode.REQUIRED === 'REQUIRED'`), which type-graphql registers. */
export const ErrorCode = Object.fromEntries(Object.keys(ERROR_CATALOGUE).map((code) => [code, code])) as { readonly [C in ErrorCode]: C };

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_CATALOGUE, code);

/** The prefixes of the state machines' codes: `IMPLANTATION_MAP` for `IMPLANTATION_MAP_ILLEGAL_TRANSITION`. */
export type WorkflowCode = ErrorCode extends infer C ? (C extends `${infer P}_ILLEGAL_TRANSITION` ? P : never) : never;

/** The description of one code in the schema, as the explorer's docs show it. */
export function describeCode(entry: ErrorEntry): string {
  const kind =
    entry.severity === 'WARNING' ? 'Avertissement (accepté, renvoyé avec le résultat)' : `Refus, \`extensions.code\` = ${entry.category}`;
  return `${entry.message}\n\nSignification : ${entry.meaning}\n\nCorrection : ${entry.fix}\n\n${kind}.`;
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description:
    'Le code stable d’une erreur ou d’un avertissement : `extensions.subCode` d’une erreur GraphQL, `code` d’une `Violation` ' +
    '(enregistrements groupés). Chaque valeur donne le message lu par l’utilisateur (les `{…}` y sont remplacés par les valeurs de la ' +
    'requête), ce qu’il signifie et comment le corriger. `extensions.code` donne la catégorie : VALIDATION_FAILED, CONFLICT, ' +
    'NOT_FOUND, FORBIDDEN, INTERNAL_SERVER_ERROR. Source : api/src/shared/error-catalogue/.',
  valuesConfig: Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([code, entry]) => [code, { description: describeCode(entry) }])),
});
