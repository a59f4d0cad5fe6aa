import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from './config';
import { type Context, createContext } from './context';
import { authenticate, authRoutes } from './access/http';
import { exportRoutes } from './exports/export.routes';
import type { Principal } from './access/roles';
import { grantResolver } from './access/grants/access-grant.service';
import { tokenVerifier } from './access/token';
import { ReadRouting } from './db/replicas/read-route';
import { replicasPlugin } from './db/replicas/replicas.plugin';
import { documentRoutes } from './documents/documents.routes';
import { createSchema } from './schema';
import { formatError, internalError } from './shared/errors';
import { answerInto, spliceInto } from './shared/read/answer';
import { serializeError } from './shared/log';
import { queryLimits } from './shared/query-limits';
import { currentRequest, runInRequest } from './shared/request-scope';
import { healthRoutes, type Lifecycle } from './ops/health';
import { createLogger, type Logger } from './ops/logger';
import { startRollover } from './shared/versions/rollover';
import { startAccessLogUpkeep } from './access/access-log-upkeep';
import { logGraphQLOf, requestLogging, requestLogPlugin } from './ops/request-log';

/**
 * When execution ends, the personal-data access log starts being written (one statement, awaited before the answer
 * leaves: `answerOnceLogged`). At the end of each request: `cache-control: no-store`; the lists of compiled pages
 * shaped without graphql-js put into the result (`read/answer.ts`); single writes return
 * their warnings (accepted, but to show) in `extensions.warnings`, as bulk rows carry theirs, and references withheld
 * from the caller are listed with their reason in `extensions.withheld`.
 */
const responsePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue }) {
        return {
          // Every resolver has run: what was read is known, and the insert runs while Apollo finishes the answer.
          async executionDidEnd() {
            contextValue.personalReads.startWriting(contextValue.em, contextValue.principal, contextValue.requestId);
          },
        };
      },
      async willSendResponse({ response }) {
        // Never kept by a browser or a proxy: the answers hold personal data (what Apollo's cache-control plugin sent).
        response.http.headers.set('cache-control', 'no-store');
        const request = currentRequest();
        if (response.body.kind === 'single' && request?.answers?.length) answerInto(response.body.singleResult.data, request.answers);
        const warnings = request?.warnings;
        if (response.body.kind === 'single' && warnings?.length) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, warnings };
        }
        const withheld = [...(request?.withheld.values() ?? [])];
        if (response.body.kind === 'single' && withheld.length) {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, withheld };
        }
      },
    };
  },
};

/**
 * The answer of a GraphQL request is sent once its personal-data access log is written (personal data is never served
 * unlogged): the insert started when execution ended runs meanwhile, while Apollo completes and serialises the
 * answer. If it fails, the caller gets the internal error (logged with the request id) instead of the answer.
 */
function answerOnceLogged(res: express.Response, context: Context, next: express.NextFunction): void {
  const send = res.send.bind(res);
  res.send = ((body?: unknown) => {
    context.personalReads.flush(context.em, context.principal, context.requestId).then(
      // The pages whose rows the statement wrote as text go in here (`read/answer.ts`, `spliceInto`).
      () => send(typeof body === 'string' && context.answers?.some((a) => a.raw !== undefined) ? spliceInto(body, context.answers) : body),
      (error: unknown) => {
        res.send = send; // the error handler answers through it
        next(error);
      },
    );
    return res;
  }) as express.Response['send'];
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Where the request lines and the unexpected errors go (default: JSON lines on stdout). */
  logger?: Logger;
  /** Shared with the shutdown: `/readyz` answers 503 while draining. */
  lifecycle?: Lifecycle;
}

/** The HTTP application: GraphQL at /graphql, exports at /exports/, PDF documents at /documents/, the built back office at /admin/, probes at /healthz and /readyz. */
export async function createApp(orm: MikroORM, config: Config, adminDir?: string, options: AppOptions = {}): Promise<App> {
  const log = options.logger ?? createLogger();
  // Query limits (OWASP GraphQL cheat sheet): tokens, depth, aliases, directives, cost; no batched HTTP requests.
  const limits = queryLimits();
  // With read replicas (DATABASE_REPLICA_URLS): queries read there, mutations and everything else on the primary.
  const routing = ReadRouting.of(orm, log);
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    ...limits,
    schema,
    formatError: formatError(config.production, log),
    logger: log.child({ component: 'apollo' }),
    // Never a stack in a response, in development either: formatError logs it.
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // main.ts stops the server, the ORM and the embedded database in order: Apollo must not exit on its own.
    stopOnTerminationSignals: false,
    // No landing page: Apollo's (Sandbox) loads from another host; the app serves its own explorer at /explorer/.
    // No cache-control plugin (installed by default): the API sends no cache hints, and a plugin with
    // `willResolveField` makes Apollo wrap every field resolver of the schema, paid on each field of each row.
    plugins: [
      ...limits.plugins,
      ...(routing ? [replicasPlugin(routing)] : []),
      requestLogPlugin(),
      responsePlugin,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // Versions dated in the future come into force on their day (shared/versions/).
  const stopRollover = await startRollover(orm, log);
  // The access log's index merged off the readers' path (access/access-log-upkeep.ts).
  const stopUpkeep = config.accessLogUpkeepMs === null ? async () => undefined : startAccessLogUpkeep(orm, log, config.accessLogUpkeepMs);

  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send's answers: a GraphQL POST is never revalidated (and is sent no-store), and the hash of each
  // answer costs a pass over it. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(requestLogging(log));
  const authenticated = authenticate(await tokenVerifier(config.auth, grantResolver(orm.em, config.auth)));
  // GraphQL first: the routes below never match /graphql, and each one Express walks past costs every request its
  // path matching (the probes' router, /auth, /documents, /exports were run through before each GraphQL request).
  // A browser opening /graphql gets the explorer rather than a 401 JSON.
  app.get('/graphql', (req, res, next) => (req.accepts(['json', 'html']) === 'html' ? res.redirect('/explorer/') : next()));
  app.use(
    '/graphql',
    authenticated,
    express.json({ limit: '2mb' }),
    (_req, res, next) => {
      // The request state, built once: the GraphQL context and what the subscribers read are this one value (with the
      // request log's collector of GraphQL facts).
      const requestId = res.locals.requestId as string;
      const principal = res.locals.principal as Principal;
      const facts = logGraphQLOf(res, routing ? { reads: routing.route(principal.subject, requestId) } : {});
      const context = createContext(orm.em, config, requestId, principal, facts);
      res.locals.context = context;
      answerOnceLogged(res, context, next);
      runInRequest(context, () => next());
    },
    expressMiddleware(apollo, { context: async ({ res }) => res.locals.context as Context }),
  );
  // Body-parser errors (oversized or malformed JSON) answer in GraphQL's shape, not as an HTML page.
  app.use('/graphql', ((error, _req, res, next) => {
    const status = (error as { status?: number }).status;
    if (status === 413)
      res
        .status(413)
        .json({ errors: [{ message: 'Requête trop volumineuse : 2 Mo au plus.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    else if (status === 400)
      res.status(400).json({ errors: [{ message: 'Corps de requête JSON invalide.', extensions: { code: 'BAD_REQUEST' } }] });
    else next(error);
  }) as express.ErrorRequestHandler);
  app.use(healthRoutes(orm, options.lifecycle ?? { draining: false }));
  app.use('/auth', authRoutes(config));
  app.use('/documents', documentRoutes(orm, config, authenticated, log));
  // Lists as files (CSV, XLSX), streamed: same token, same policy, same list arguments as /graphql.
  app.use('/exports', exportRoutes(orm, config, schema, authenticated, log));
  if (adminDir && existsSync(adminDir)) {
    app.use('/admin', express.static(adminDir));
    app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
    // The API explorer (GraphiQL on the committed schema, admin/dist/explorer/), signed in like the back office.
    app.use('/explorer', express.static(path.join(adminDir, 'explorer')));
    app.get(/^\/explorer(\/.*)?$/, (_req, res) => res.sendFile(path.join(adminDir, 'explorer', 'explorer.html')));
    app.get('/', (_req, res) => res.redirect('/admin/'));
  }
  // Anything else that fails outside GraphQL (e.g. /auth/login): a client error says so; an unexpected one is logged
  // and answered without Express's page, which shows the stack outside production.
  app.use(((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status;
    if (status === 400 || status === 413) {
      res.status(status).json({ message: status === 413 ? 'Requête trop volumineuse.' : 'Requête invalide.' });
      return;
    }
    const requestId = res.locals.requestId as string;
    log.error({ requestId, err: serializeError(error) }, 'Erreur interne');
    res.status(500).json({ errors: [internalError(requestId)] });
  }) as express.ErrorRequestHandler);
  return {
    app,
    stop: async () => {
      stopRollover();
      await Promise.all([apollo.stop(), stopUpkeep()]);
    },
  };
}
