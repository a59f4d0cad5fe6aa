import { timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import type { Config } from '../config';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { Principal } from './roles';
import { AccessNotGrantedError, AuthenticationError, mintToken } from './token';

const unauthenticated = (message: string) => ({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });

/** Every GraphQL request carries `Authorization: Bearer <token>`; the verified principal goes to `res.locals.principal`. */
export function authenticate(verify: (token: string) => Promise<Principal>): RequestHandler {
  return async (req, res, next) => {
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      res.status(401).json(unauthenticated('Authentification requise : envoyez un jeton (Authorization: Bearer …).'));
      return;
    }
    try {
      res.locals.principal = await verify(token);
      next();
    } catch (error) {
      if (error instanceof AccessNotGrantedError) {
        res.status(403).json({ errors: [{ message: error.message, extensions: { code: 'FORBIDDEN', subCode: 'ACCESS_NOT_GRANTED' } }] });
        return;
      }
      if (!(error instanceof AuthenticationError)) return next(error);
      res.status(401).json(unauthenticated(`Authentification refusée : ${error.message}.`));
    }
  };
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * `/auth/config` tells the back office how to log in; `/auth/login` signs a token for a demo account, only with
 * the local key and a configured DEMO_PASSWORD (never in production).
 */
export function authRoutes(config: Config): express.Router {
  const router = express.Router();
  const demo = config.auth.mode === 'local' && config.demoPassword ? config.demoPassword : undefined;
  router.get('/config', (_req, res) => {
    res.json(
      config.auth.mode === 'oidc'
        ? { mode: 'oidc', issuer: config.auth.issuer, clientId: config.auth.clientId, audience: config.auth.audience }
        : { mode: 'local', demoAccounts: demo ? DEMO_ACCOUNTS.map(({ subject, name, role }) => ({ subject, name, role })) : [] },
    );
  });
  router.post('/login', express.json({ limit: '4kb' }), async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: string; password?: string };
    const account = DEMO_ACCOUNTS.find((a) => a.subject === username);
    if (!demo || config.auth.mode !== 'local') {
      res.status(404).json({ message: 'Connexion locale désactivée : connectez-vous auprès du fournisseur d’identité.' });
    } else if (!account || typeof password !== 'string' || !same(password, demo)) {
      res.status(401).json({ message: 'Identifiant ou mot de passe incorrect.' });
    } else {
      res.json({ token: await mintToken(config.auth.keyFile, account), principal: account });
    }
  });
  return router;
}
