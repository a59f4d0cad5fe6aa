import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { serializeError } from '../../shared/log';
import type { ReadRouting } from './read-route';

/**
 * Settles each request's route once its operation is known (a query reads on a replica, a mutation on the primary),
 * and after a mutation records the caller's write position before the response leaves: the caller's next request,
 * on any instance, reads on a replica only once that replica has replayed it.
 */
export function replicasPlugin(routing: ReadRouting): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          await contextValue.reads?.settle(operation?.operation);
        },
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          try {
            await routing.recordWrite(contextValue.actor);
          } catch (error) {
            // The write itself is committed: the response stands. Until the next write, this caller may read a replica behind it.
            routing.log.error({ requestId: contextValue.requestId, err: serializeError(error) }, 'position d’écriture non enregistrée');
          }
        },
      };
    },
  };
}
