import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { type Principal, Role } from '../src/access/roles';
import { mintToken, principalOf } from '../src/access/token';

const USAGE = `pnpm run token --role <national-admin|departmental-admin|regional-ctr|analyst|partner-ministry> [--scope 75 --scope 92] [--sub email] [--ttl 8h]
  --scope: INSEE department codes (departmental-admin), region codes (regional-ctr), or the ministry code (partner-ministry, e.g. JUSTICE)`;

/** Mints a development token signed with the local key of the embedded product (.data/auth). */
async function run() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, scope: { type: 'string', multiple: true }, sub: { type: 'string' }, name: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
  });
  const role = values.role?.toUpperCase().replace(/-/g, '_');
  if (!role || !(role in Role)) throw new Error(`Rôle manquant ou inconnu.\n${USAGE}`);
  const config = loadConfig();
  if (config.auth.mode !== 'local') throw new Error('AUTH_ISSUER est configuré : les jetons viennent du fournisseur d’identité.');
  const perimeter = (values.scope ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
  const principal: Principal = { subject: values.sub ?? `${role.toLowerCase()}@dev.local`, name: values.name, role: role as Role, perimeter };
  // The same checks as the server's: a territorial or partner role needs its perimeter.
  principalOf({ sub: principal.subject, role: principal.role, perimeter });
  process.stdout.write(`${await mintToken(config.auth.keyFile, principal, values.ttl)}\n`);
}

run().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
