import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Principal } from '../access/roles';
import type { Config } from '../config';
import { createContext, rootContext } from '../context';
import type { Logger } from '../ops/logger';
import { logGraphQLOf } from '../ops/request-log';
import { DomainError, type ErrorCategory, formatError, notFound } from '../shared/errors';
import { listedResource } from '../shared/list-registry';
import { runInRequest } from '../shared/request-scope';
import { today } from '../shared/scalars';
import { exportArgs } from './export.args';
import { openExport } from './export.service';
import { EXPORT_FORMATS } from './export.writers';

const STATUS: Record<ErrorCategory, number> = {
  VALIDATION_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
};

const FILE = /^([A-Za-z]+)\.(csv|xlsx)$/;

/**
 * `GET /exports/<list>.csv|.xlsx?filter=…&sort=…&asOf=…`: every row of a list the caller can read, streamed, with the
 * fields its role may read. `<list>` is the list query's name (`agents`, `postAssignments`) and the parameters are
 * that query's arguments (JSON for `filter` and `sort`), checked as GraphQL checks them. Authenticated as /graphql.
 */
export function exportRoutes(
  orm: MikroORM,
  config: Config,
  schema: GraphQLSchema,
  authenticate: RequestHandler,
  log: Logger,
): express.Router {
  const router = express.Router();
  const format = formatError(config.production, log);
  const fail = (res: express.Response, error: unknown) => {
    const body = format(error instanceof GraphQLError ? error : { message: error instanceof Error ? error.message : String(error) }, error);
    const category = (error instanceof DomainError ? error.category : body.extensions?.code) as ErrorCategory;
    res.status(STATUS[category] ?? 500).json({ errors: [body] });
  };

  router.get('/:file', authenticate, (req, res) => {
    const file = String(req.params.file);
    const requestId = res.locals.requestId as string;
    const context = createContext(orm.em, config, requestId, res.locals.principal as Principal, logGraphQLOf(res, {}));
    void runInRequest(context, async () => {
      try {
        const [, plural, extension] = FILE.exec(file) ?? [];
        const list = plural ? listedResource(plural) : undefined;
        const listField = plural ? schema.getQueryType()?.getFields()[plural] : undefined;
        if (!list || !listField) throw notFound('Liste exportable', file, 'list');
        const args = exportArgs(listField, req.query as Record<string, unknown>);
        const ctx = rootContext(context, plural, args.asOf);
        const open = await openExport(ctx, schema, list, args);
        const writer = EXPORT_FORMATS[extension];
        res.status(200);
        res.setHeader('content-type', writer.contentType);
        res.setHeader('content-disposition', `attachment; filename="${plural}-${today()}.${extension}"`);
        // Personal data: no copy in a cache on the way.
        res.setHeader('cache-control', 'no-store');
        try {
          await writer.write(open.plan.columns, open.rows, res, plural);
        } finally {
          open.rows.destroy();
          await open.close();
        }
        // Ended once the export's transaction is committed: a complete file always has its access log.
        res.end();
      } catch (error) {
        if (!res.headersSent) return fail(res, error);
        // The file was on its way: it stops there (the client sees a failed download); an unexpected error is logged.
        if (!res.destroyed) log.error({ requestId, err: error instanceof Error ? { message: error.message } : error }, 'Export interrompu');
        res.destroy();
      }
    });
  });
  return router;
}
