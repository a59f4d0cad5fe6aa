import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildASTSchema, isEnumType, Kind, lexicographicSortSchema, parse, printSchema, visit, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccessGrantResolver } from './access/grants/access-grant.resolver';
import { AccessResolver, MeResolver } from './access/access.resolver';
import { guardSchema } from './access/field-guard';
import { resolveCompiledRows } from './shared/read/compiled-rows';
import { dateRootFields } from './shared/root-fields';
import { SupportProfessionalResolver } from './directory/directory.resolver';
import { conventionResolvers } from './conventions/conventions.resolver';
import { networkResolvers } from './network/network.resolver';
import { referentialResolvers } from './referential/referential.resolver';
import { AuditResolver } from './shared/audit/audit.resolver';
import { documentSchema } from './shared/schema-docs';
import { describeResources } from './shared/schema-notes';
import { guardTextArguments } from './shared/text/text-arguments';
import { commissionsResolvers } from './commissions/commissions.resolver';
import { correspondentsResolvers } from './correspondents/resolvers';
import { ConsultationResolver } from './consultations/consultations.resolver';
import { NationalSynthesisReportResolver } from './national-synthesis/national-synthesis.resolver';
import { NetworkReportResolver } from './network-reports/network-reports.resolver';

export const resolvers = [
  ...referentialResolvers,
  ...networkResolvers,
  ...conventionResolvers,
  ...commissionsResolvers,
  ...correspondentsResolvers,
  ConsultationResolver,
  NationalSynthesisReportResolver,
  NetworkReportResolver,
  SupportProfessionalResolver,
  AuditResolver,
  AccessResolver,
  MeResolver,
  AccessGrantResolver,
] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers as never,
    validate: false,
    emitSchemaFile: false,
  });
  // Each root field's own dated context; compiled rows answer their fields; field-level access (data minimisation)
  // and the personal-data access log over both; every text argument checked; the resources' lists and inputs described;
  // then every element a rule describes, in French (shared/schema-docs.ts).
  return documentSchema(describeResources(guardTextArguments(guardSchema(resolveCompiledRows(dateRootFields(schema))))));
}

/**
 * The committed artefact: sorted, so that a diff shows only real changes; but each enum keeps its values in the order
 * the code declares them (statuses in workflow order, service kinds from the central administration down): the back
 * office offers its choices in the schema's order (admin/src/shared/choices.ts).
 */
export async function printedSchema(): Promise<string> {
  const schema = await createSchema();
  const sorted = parse(printSchema(lexicographicSortSchema(schema)));
  const declared = visit(sorted, {
    [Kind.ENUM_TYPE_DEFINITION](node) {
      const type = schema.getType(node.name.value);
      if (!isEnumType(type) || !node.values) return undefined;
      const rank = new Map(type.getValues().map((v, i) => [v.name, i]));
      return { ...node, values: [...node.values].sort((a, b) => rank.get(a.name.value)! - rank.get(b.name.value)!) };
    },
  });
  return `${printSchema(buildASTSchema(declared))}\n`;
}

export async function emitSchema(file: string): Promise<void> {
  writeFileSync(file, await printedSchema());
}
