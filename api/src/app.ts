import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Config } from './config';
import { type Context, createContext } from './context';
import { createSchema } from './schema';
import { formatError } from './shared/errors';
import { currentRequest, runInRequest } from './shared/request-scope';

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql and the built back office at /admin/. */
export async function createApp(orm: MikroORM, config: Config, adminDir?: string): Promise<App> {
  // Query limits (OWASP GraphQL cheat sheet): depth, cost, aliases, tokens, directives; no batched HTTP requests.
  const armor = new ApolloArmor({ maxDepth: { n: 10 }, costLimit: { maxCost: 20_000 }, maxAliases: { n: 15 } }).protect();
  const apollo = new ApolloServer<Context>({
    ...armor,
    schema: await createSchema(),
    formatError: formatError(config.production),
    introspection: !config.production,
    // main.ts stops the server, the ORM and the embedded database in order: Apollo must not exit on its own.
    stopOnTerminationSignals: false,
    plugins: [...armor.plugins, ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    (req, res, next) => {
      const requestId = req.header('x-request-id') || randomUUID();
      res.setHeader('x-request-id', requestId);
      // Until authentication lands, the acting user is declared by the client; the audit trail records it.
      const actor = req.header('x-actor') || 'anonyme';
      runInRequest({ requestId, actor }, () => next());
    },
    expressMiddleware(apollo, { context: async () => createContext(orm.em, config, currentRequest()!) }),
  );
  if (adminDir && existsSync(adminDir)) {
    app.use('/admin', express.static(adminDir));
    app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
    app.get('/', (_req, res) => res.redirect('/admin/'));
  }
  return { app, stop: () => apollo.stop() };
}
