import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emitSchema, printedSchema } from '../src/schema';
import { repoRoot } from '../src/root';

/** `schema emit` writes schema/schema.graphql; `schema check` fails when the committed file differs from the code. */
async function run(mode: string) {
  const file = path.join(repoRoot(), 'schema', 'schema.graphql');
  if (mode === 'emit') {
    await emitSchema(file);
    console.log(`Schéma écrit : ${file}`);
    return;
  }
  const committed = readFileSync(file, 'utf8');
  if (committed !== (await printedSchema())) {
    console.error('schema/schema.graphql est périmé : lancez `pnpm schema:emit` et committez le fichier.');
    process.exit(1);
  }
  console.log('schema/schema.graphql est à jour.');
}

run(process.argv[2] ?? 'check').catch((e) => {
  console.error(e);
  process.exit(1);
});
