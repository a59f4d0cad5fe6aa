import type { ApolloServerPlugin } from '@apollo/server';
import type { ErrorCode } from './error-catalogue';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * The limits one request must stay within (OWASP GraphQL cheat sheet). Each is checked by its own rule, in this order:
 * tokens while parsing, then depth, aliases and directives while validating, then the cost once the variables are
 * known. The values leave room above the back office's own largest operations (test/api/query-limits.e2e.test.ts
 * sends every one of them), and each limit can be reached without tripping an earlier one: 500 aliases are under
 * the token limit, so they are refused for being aliases.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens of the document: a bulk deletion of 100 records (the largest document the back office writes) is about 2,000. */
  maxTokens: 5_000,
  maxDepth: 10,
  /** The back office's bulk deletion sends one aliased mutation per record, 100 at most per request. */
  maxAliases: 100,
  maxDirectives: 50,
  /** Estimated rows and fields (see `argumentsEstimator`): the back office's largest operation (a 500-row page of its widest resource) is 13,002. */
  maxCost: 50_000,
};

/** The size assumed for a list that takes no `limit` (a record's history, a zone's services…). */
export const UNBOUNDED_LIST_SIZE = 10;

const isList = (type: GraphQLOutputType) => isListType(getNullableType(type));

/** A page: an object with the list `items` and its `totalCount` (every list query returns one). */
const isPage = (type: GraphQLOutputType) => {
  const named = getNamedType(type);
  if (isList(type) || !isObjectType(named)) return false;
  const { items, totalCount } = named.getFields();
  return Boolean(items && totalCount && isList(items.type));
};

/**
 * Cost follows the arguments (type-graphql's `examples/query-complexity`): every field costs 1 plus its children,
 * and a list costs its size × its children's cost, the size being its `limit` (the default one when omitted), or
 * UNBOUNDED_LIST_SIZE. A page's `items` count once per row of the page; `totalCount` is the page's own statement.
 */
const argumentsEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const size = typeof args.limit === 'number' ? Math.max(args.limit, 0) : UNBOUNDED_LIST_SIZE;
  if (isPage(field.type)) return 2 + size * childComplexity;
  if (isPage(type)) {
    if (field.name === 'totalCount') return 0;
    if (field.name === 'items') return 1 + childComplexity;
  }
  return isList(field.type) ? 1 + size * childComplexity : 1 + childComplexity;
};

const refused = (message: string, subCode: ErrorCode) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', subCode, http: { status: 400 } } });

/** The estimated cost of one operation of `document` (or its text) with these variables (throws on variables that do not coerce). */
export const operationCost = (
  schema: GraphQLSchema,
  document: DocumentNode | string,
  variables?: Record<string, unknown>,
  operationName?: string,
) =>
  getComplexity({
    schema,
    query: typeof document === 'string' ? parse(document) : document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), argumentsEstimator],
  });

/** Variables longer than this (a bulk save's rows) are not worth a cache key: their cost is computed each time. */
const MAX_CACHED_VARIABLES = 2_000;
/** Costs kept per document (one per set of variables: the pages of a scrolled list differ by their offset). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * The cost of an operation, computed once per document and variables: Apollo hands every request of the same text
 * the same parsed document (its document store), and the cost walk over it is a sizeable part of a small read.
 */
function cachedCost(): typeof operationCost {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, variables, operationName) => {
    const json = JSON.stringify(variables ?? {});
    if (typeof document === 'string' || json.length > MAX_CACHED_VARIABLES)
      return operationCost(schema, document, variables, operationName);
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new Map()));
    const key = `${operationName ?? ''} ${json}`;
    let cost = byVariables.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, variables, operationName);
      if (byVariables.size >= MAX_COSTS_PER_DOCUMENT) byVariables.clear();
      byVariables.set(key, cost);
    }
    return cost;
  };
}

/** Refuses, before anything runs, an operation whose cost with these variables is over the limit. */
export const costLimitPlugin = (maxCost: number): ApolloServerPlugin => {
  const costOf = cachedCost();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.variables, request.operationName);
          } catch (error) {
            // Variables that do not coerce: the same error execution would give, a client error.
            throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > maxCost) {
            throw refused(
              `Requête trop coûteuse : coût estimé ${cost}, ${maxCost} au plus ; demandez des pages plus petites (limit), moins de listes imbriquées ou moins de champs.`,
              'QUERY_COST',
            );
          }
        },
      };
    },
  };
};

/** Apollo options and plugins of the limits: graphql-armor's depth, aliases and directives, graphql-js's token limit, our cost. */
export function queryLimits(limits = QUERY_LIMITS) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Replaced: armor's token count throws outside the parser (a 500), its cost ignores the arguments.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Replaced by `hideSuggestions` in production (armor's misses the enum values' "Did you mean").
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [...armor.plugins, costLimitPlugin(limits.maxCost)],
  };
}
