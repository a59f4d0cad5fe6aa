import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { referentialResolvers } from './referential/referential.resolver';
import { AuditResolver } from './shared/audit/audit.resolver';

export const resolvers = [...referentialResolvers, AuditResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as never,
    validate: false,
    emitSchemaFile: false,
  });
}

/** The committed artefact: sorted, so that a diff shows only real changes. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export async function emitSchema(file: string): Promise<void> {
  writeFileSync(file, await printedSchema());
}
