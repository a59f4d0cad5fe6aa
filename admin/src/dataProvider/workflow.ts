import { gql, type ApolloClient } from '@apollo/client';
import type { GraphQLInputType } from 'graphql';
import { normalizeError } from './errors';
import { schema } from './schema';

type Row = Record<string, unknown>;

const typeName = (type: GraphQLInputType): string => type.toString();

/**
 * A workflow mutation (`submitImplantationMap`, `appointCandidate`, `signMissionLetter`…) built from its signature in
 * the committed schema: every argument given in `variables` is declared with its schema type, so the back office keeps
 * no copy of the API. Returns the mutation's `id`.
 */
export const workflowMutation = (name: string, variables: Row) => {
  const field = schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`Mutation inconnue de l’API : ${name}`);
  const args = field.args.filter((a) => a.name in variables);
  const declared = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return gql`mutation ${name}(${declared}) { result: ${name}(${passed}) { id } }`;
};

/** Runs a workflow mutation; its errors come back normalized, with the server's French messages. */
export const runWorkflow = async (client: ApolloClient<unknown>, name: string, variables: Row): Promise<{ id: string }> => {
  try {
    const { data } = await client.mutate<{ result: { id: string } }>({ mutation: workflowMutation(name, variables), variables });
    return data!.result;
  } catch (error) {
    throw normalizeError(error);
  }
};
