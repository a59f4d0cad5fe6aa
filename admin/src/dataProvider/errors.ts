import { HttpError } from 'react-admin';
import type { Violation } from './save';

export type { Violation } from './save';

interface ApiErrorExtensions {
  code?: string;
  subCode?: string;
  field?: string;
  violations?: Violation[];
}

interface FormattedGraphQLError {
  message: string;
  extensions?: ApiErrorExtensions;
}

const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Field errors in the shape react-admin's forms expect (`body.errors`), plus the form-level message. */
export const formErrors = (violations: Violation[], message: string, field?: string) => {
  const errors: Record<string, unknown> = {};
  const blocking = violations.filter((v) => v.severity !== 'WARNING');
  for (const v of blocking.length ? blocking : violations) {
    const previous = errors[v.field];
    errors[v.field] = typeof previous === 'string' ? `${previous} ${v.message}` : v.message;
  }
  if (!violations.length && field) errors[field] = message;
  // Shown as the notification when the form refuses the submission (useNotifyIsFormInvalid).
  errors.root = { serverError: message };
  return errors;
};

const graphQLErrorsOf = (error: unknown): FormattedGraphQLError[] => {
  const e = error as { graphQLErrors?: FormattedGraphQLError[]; body?: { graphQLErrors?: FormattedGraphQLError[] } };
  return e?.graphQLErrors ?? e?.body?.graphQLErrors ?? [];
};

/**
 * Turns what ra-data-graphql throws (an HttpError wrapping the ApolloError) into an HttpError whose
 * status reflects `extensions.code` and whose `body.errors` puts each server message on its input.
 */
export const normalizeError = (error: unknown): unknown => {
  // Errors thrown by our own parseResponse come back wrapped once more by ra-data-graphql.
  if (error instanceof HttpError && error.body instanceof HttpError) return error.body;
  const graphQLErrors = graphQLErrorsOf(error);
  if (!graphQLErrors.length) return error;
  const [first] = graphQLErrors;
  const ext = first.extensions ?? {};
  const violations = graphQLErrors.flatMap((e) => e.extensions?.violations ?? []);
  const status = STATUS_BY_CODE[ext.code ?? ''] ?? 500;
  return new HttpError(first.message, status, {
    code: ext.code,
    subCode: ext.subCode,
    violations,
    errors: formErrors(violations, first.message, ext.field),
  });
};
