import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { type ErrorLog, serializeError, stderrLog } from './log';
import { hideSuggestions, queryLimitError } from './query-refusals';
import { type ErrorCategory, ErrorCode, isErrorCode } from './error-catalogue';
import { currentRequest } from './request-scope';

export { ErrorCode, isErrorCode } from './error-catalogue';
export type { ErrorCategory } from './error-catalogue';

export enum Severity {
  ERROR = 'ERROR',
  /** Accepted, but shown to the user (e.g. a function share far from the guideline). */
  WARNING = 'WARNING',
}
registerEnumType(Severity, {
  name: 'Severity',
  description: 'Gravité d’une violation : une erreur bloque l’enregistrement, un avertissement non.',
});

/** One broken rule on one field. `code` is stable, from the error catalogue; `message` is French. */
@ObjectType({ description: 'Une règle enfreinte par une écriture : le champ, le code du catalogue, le message en français et la gravité.' })
export class Violation {
  @Field({ description: 'Le champ en cause (chemin dans l’entrée).' }) field!: string;
  @Field(() => ErrorCode, { description: 'Code de la règle enfreinte (voir l’énumération ErrorCode).' }) code!: ErrorCode;
  @Field({ description: 'Le message, en français.' }) message!: string;
  @Field(() => Severity, { description: 'Erreur (bloquante) ou avertissement.' }) severity!: Severity;
}

export function violation(field: string, code: ErrorCode, message: string, severity = Severity.ERROR): Violation {
  return Object.assign(new Violation(), { field, code, message, severity });
}

export const errorsOf = (violations: Violation[]) => violations.filter((v) => v.severity === Severity.ERROR);

/** What a domain error is thrown as (GraphQL's own validation errors are not thrown by the domain). */
export type DomainCategory = Exclude<ErrorCategory, 'GRAPHQL_VALIDATION_FAILED'>;

export class DomainError extends Error {
  constructor(
    readonly category: DomainCategory,
    readonly violations: Violation[],
    message = violations.map((v) => v.message).join(' ; '),
  ) {
    super(message);
  }
}

export const validationFailed = (violations: Violation[]) => new DomainError('VALIDATION_FAILED', violations);
export const notFound = (entity: string, id: string, field = 'id') =>
  new DomainError('NOT_FOUND', [violation(field, 'NOT_FOUND', `${entity} introuvable (identifiant ${id}).`)]);
export const conflict = (field: string, message: string) => new DomainError('CONFLICT', [violation(field, 'STALE_VERSION', message)]);

/** `extensions` of the API's errors: `subCode` is always a code of the catalogue (`ErrorCode` in the schema). */
export interface ErrorExtensions {
  code: ErrorCategory | 'UNAUTHENTICATED' | 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | string;
  subCode?: ErrorCode;
  field?: string;
  violations?: Pick<Violation, 'field' | 'code' | 'message' | 'severity'>[];
  requestId?: string;
}

/** A code thrown past the type checker (a cast, plain JavaScript) that the catalogue lacks: a bug, handled as one. */
export class UncataloguedCodeError extends Error {
  constructor(readonly codes: string[]) {
    super(`Code(s) d’erreur absent(s) du catalogue (api/src/shared/error-catalogue) : ${codes.join(', ')}.`);
  }
}

/** The only thing a caller learns of an unexpected error: that it happened, and the request id to quote. */
export const internalError = (requestId: string | undefined): GraphQLFormattedError => ({
  message: `Erreur interne (requête ${requestId ?? 'inconnue'}).`,
  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
});

/**
 * Maps every error to a stable, French, leak-free shape. Anything unexpected becomes « Erreur interne » with the
 * request id, in development too: its message (SQL, values, database message) and its stack go to the log only.
 * In production, GraphQL's own errors (syntax, validation, variables) keep only their message and code.
 */
export function formatError(production: boolean, log: ErrorLog = stderrLog) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(raw);
    const uncatalogued =
      unwrapped instanceof DomainError ? unwrapped.violations.map((v) => v.code).filter((code) => !isErrorCode(code)) : [];
    const error = uncatalogued.length ? new UncataloguedCodeError(uncatalogued) : unwrapped;
    if (error instanceof DomainError) {
      const [first] = error.violations;
      return {
        message: error.message,
        path: formatted.path,
        extensions: {
          code: error.category,
          subCode: first?.code,
          field: first?.field,
          violations: error.violations.map(({ field, code, message, severity }) => ({ field, code, message, severity })),
        } satisfies ErrorExtensions,
      };
    }
    if (error instanceof OptimisticLockError) {
      return {
        message: 'Cet enregistrement a été modifié par quelqu’un d’autre entre-temps : rechargez-le avant de le modifier.',
        path: formatted.path,
        extensions: { code: 'CONFLICT', subCode: 'STALE_VERSION', field: 'version' } satisfies ErrorExtensions,
      };
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      return {
        message:
          'Cet enregistrement est encore utilisé par d’autres enregistrements (membres, candidatures, rattachements…) : retirez-les d’abord, ou fermez-le avec une date de fin.',
        path: formatted.path,
        extensions: { code: 'VALIDATION_FAILED', subCode: 'IN_USE' } satisfies ErrorExtensions,
      };
    }
    if (error instanceof UniqueConstraintViolationException) {
      return {
        message: 'Cette valeur est déjà utilisée par un autre enregistrement.',
        path: formatted.path,
        extensions: { code: 'VALIDATION_FAILED', subCode: 'UNIQUE' } satisfies ErrorExtensions,
      };
    }
    const limit = queryLimitError(formatted);
    if (limit) return limit;
    // GraphQL's own refusals (parse, validation, variable coercion): raised by graphql-js, not by our code or a driver.
    const code = formatted.extensions?.code;
    if (error instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return production
        ? { message: hideSuggestions(formatted.message), locations: formatted.locations, extensions: { code } }
        : { ...formatted, extensions };
    }
    const requestId = currentRequest()?.requestId;
    log.error({ requestId, path: formatted.path, err: serializeError(error) }, 'Erreur interne');
    return { ...internalError(requestId), path: formatted.path };
  };
}
