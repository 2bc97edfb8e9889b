import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';

/**
 * Ends each request's unit of work with the database once its response is
 * ready: on Neo4j this commits the request's read transaction and returns
 * its session's connection to the pool. The response does not wait for that
 * (a read transaction's end changes no answer). A read that a resolver starts
 * later (a sibling of a field whose error nulled their parent) runs on its own.
 */
export function readScopePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          void contextValue.endReads().catch(() => undefined);
        },
      };
    },
  };
}
