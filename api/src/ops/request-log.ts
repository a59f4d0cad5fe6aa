import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import type { Principal } from '../access/roles';
import { currentRequest } from '../shared/request-scope';
import type { Logger } from './logger';

/** A caller's `x-request-id` is kept only when it is a plain token: it goes into logs, audit rows and responses. */
const REQUEST_ID = /^[\w.-]{1,64}$/;

export const requestIdOf = (header: string | undefined): string =>
  header !== undefined && REQUEST_ID.test(header) ? header : randomUUID();

/** What the GraphQL layer adds to a request's log line. Never variables, never the query text: they hold personal data. */
interface GraphQLFacts {
  operation?: string;
  operationType?: string;
  errorCodes?: string[];
  /** With read replicas: where the request read (`replica-1`…, or `primary`). */
  readsFrom?: string;
}

// Under a symbol of the context: Apollo hands the plugins a shallow copy of it, which keeps its own symbol keys.
const FACTS = Symbol('request log facts');
type WithFacts = { [FACTS]?: GraphQLFacts };

/** Links a request's GraphQL context to its log line (called where the context is made). */
export function logGraphQLOf<C extends object>(res: Response, context: C): C {
  (context as WithFacts)[FACTS] = res.locals.graphql = {} as GraphQLFacts;
  return context;
}

const PROBES = new Set(['/healthz', '/readyz']);

/**
 * First middleware: gives the request its id (echoed in `x-request-id`) and, when the response is sent or the client
 * goes away, writes one line: request id, actor, operation, status, duration, outcome.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.header('x-request-id'));
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      const principal = res.locals.principal as Principal | undefined;
      const graphql = (res.locals.graphql ?? {}) as GraphQLFacts;
      const codes = graphql.errorCodes ?? [];
      const outcome = !res.writableFinished
        ? 'aborted'
        : res.statusCode >= 500 || codes.includes('INTERNAL_SERVER_ERROR')
          ? 'error'
          : res.statusCode >= 400 || codes.length > 0
            ? 'refused'
            : 'ok';
      const path = req.originalUrl.split('?')[0];
      const line = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        actor: principal?.subject,
        role: principal?.role,
        ...graphql,
        outcome,
      };
      if (PROBES.has(path)) logger.debug(line, 'request');
      else logger[outcome === 'error' ? 'error' : 'info'](line, 'request');
    };
    res.on('finish', write);
    res.on('close', write);
    next();
  };
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Fills the request's log line: the operation, and the error codes sent. (The unexpected errors themselves are
 * logged, with their stack, by formatError: it is what decides that they are.)
 */
export function requestLogPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ contextValue, request }) {
      const entry = (contextValue as WithFacts)[FACTS] ?? {};
      // Until the document is parsed, the name the client sent (when it is a name at all).
      if (request.operationName && OPERATION_NAME.test(request.operationName)) entry.operation = request.operationName;
      return {
        async didResolveOperation({ operationName, operation }) {
          entry.operation = operationName ?? undefined;
          entry.operationType = operation?.operation;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) entry.errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          const reads = currentRequest()?.reads;
          if (reads) entry.readsFrom = reads.target;
        },
      };
    },
  };
}
