import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ForeignKeyConstraintViolationException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { type ErrorLog, serializeError, stderrLog } from './log';
import { hideSuggestions, queryLimitError } from './query-refusals';
import { currentRequest } from './request-scope';

export enum Severity {
  ERROR = 'ERROR',
  /** Accepted, but shown to the user (e.g. a function share far from the guideline). */
  WARNING = 'WARNING',
}
registerEnumType(Severity, { name: 'Severity' });

/** One broken rule on one field. `code` is stable (SCREAMING_SNAKE, per module); `message` is French. */
@ObjectType()
export class Violation {
  @Field() field!: string;
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => Severity) severity!: Severity;
}

export function violation(field: string, code: string, message: string, severity = Severity.ERROR): Violation {
  return Object.assign(new Violation(), { field, code, message, severity });
}

export const errorsOf = (violations: Violation[]) => violations.filter((v) => v.severity === Severity.ERROR);

/** The error categories of `extensions.code`; the precise rule is in `extensions.subCode`. */
export type ErrorCategory = 'VALIDATION_FAILED' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN' | 'INTERNAL_SERVER_ERROR';

export class DomainError extends Error {
  constructor(
    readonly category: ErrorCategory,
    readonly violations: Violation[],
    message = violations.map((v) => v.message).join(' ; '),
  ) {
    super(message);
  }
}

export const validationFailed = (violations: Violation[]) => new DomainError('VALIDATION_FAILED', violations);
export const notFound = (entity: string, id: string, field = 'id') =>
  new DomainError('NOT_FOUND', [violation(field, 'NOT_FOUND', `${entity} introuvable (identifiant ${id}).`)]);
export const conflict = (field: string, message: string) =>
  new DomainError('CONFLICT', [violation(field, 'STALE_VERSION', message)]);

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
    const error = unwrapResolverError(raw);
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
        },
      };
    }
    if (error instanceof OptimisticLockError) {
      return {
        message: 'Cet enregistrement a été modifié par quelqu’un d’autre entre-temps : rechargez-le avant de le modifier.',
        path: formatted.path,
        extensions: { code: 'CONFLICT', subCode: 'STALE_VERSION', field: 'version' },
      };
    }
    if (error instanceof ForeignKeyConstraintViolationException) {
      return {
        message: 'Cet enregistrement est encore utilisé par d’autres enregistrements (membres, candidatures, rattachements…) : retirez-les d’abord, ou fermez-le avec une date de fin.',
        path: formatted.path,
        extensions: { code: 'VALIDATION_FAILED', subCode: 'IN_USE' },
      };
    }
    if (error instanceof UniqueConstraintViolationException) {
      return {
        message: 'Cette valeur est déjà utilisée par un autre enregistrement.',
        path: formatted.path,
        extensions: { code: 'VALIDATION_FAILED', subCode: 'UNIQUE' },
      };
    }
    const limit = queryLimitError(formatted);
    if (limit) return limit;
    // GraphQL's own refusals (parse, validation, variable coercion): raised by graphql-js, not by our code or a driver.
    const code = formatted.extensions?.code;
    if (error instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return production ? { message: hideSuggestions(formatted.message), locations: formatted.locations, extensions: { code } } : { ...formatted, extensions };
    }
    const requestId = currentRequest()?.requestId;
    log.error({ requestId, path: formatted.path, err: serializeError(error) }, 'Erreur interne');
    return { ...internalError(requestId), path: formatted.path };
  };
}
