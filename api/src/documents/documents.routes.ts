import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type RequestHandler } from 'express';
import type { Principal } from '../access/roles';
import type { Config } from '../config';
import { createContext } from '../context';
import { DomainError, formatError, notFound } from '../shared/errors';
import { runInRequest } from '../shared/request-scope';
import type { Logger } from '../ops/logger';
import { DOCUMENT_KINDS } from './documents';
import { framed, renderPdf } from './pdf';

const STATUS: Record<string, number> = { NOT_FOUND: 404, FORBIDDEN: 403, CONFLICT: 409, VALIDATION_FAILED: 400 };

/** « Lettre de mission — Léa Le Gall (version 1) » → « lettre-de-mission-lea-le-gall-version-1.pdf ». */
export const fileName = (title: string) =>
  `${title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120)}.pdf`;

/**
 * `GET /documents/<kind>/<id>.pdf`: a generated document, authenticated like /graphql (the same bearer token) and read
 * through the same request state, so the access policy's scope decides what exists for the caller. Errors answer in
 * GraphQL's error shape, in French, with the HTTP status of their category.
 */
export function documentRoutes(orm: MikroORM, config: Config, authenticate: RequestHandler, log: Logger): express.Router {
  const router = express.Router();
  const format = formatError(config.production, log);
  router.get('/:kind/:file', authenticate, (req, res, next) => {
    const principal = res.locals.principal as Principal;
    // The same request state as a GraphQL request's: one context, which is also what the subscribers read.
    const ctx = createContext(orm.em, config, res.locals.requestId as string, principal);
    runInRequest(ctx, async () => {
      try {
        const { kind, file } = req.params as { kind: string; file: string };
        const document = Object.hasOwn(DOCUMENT_KINDS, kind) ? DOCUMENT_KINDS[kind] : undefined;
        const id = /^(.+)\.pdf$/.exec(file)?.[1];
        if (!document || !id) throw notFound('Document', `${kind}/${file}`);
        const frame = document.write(await document.load(ctx, id));
        const pdf = await renderPdf(framed(frame));
        await ctx.personalReads.flush(ctx.em.fork(), principal, ctx.requestId);
        const name = fileName(frame.title);
        res
          .status(200)
          .set({
            'content-type': 'application/pdf',
            'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
            'cache-control': 'no-store',
          })
          .send(pdf);
      } catch (error) {
        if (!(error instanceof DomainError)) return next(error);
        res.status(STATUS[error.category] ?? 400).json({ errors: [format({ message: error.message }, error)] });
      }
    }).catch(next);
  });
  return router;
}
