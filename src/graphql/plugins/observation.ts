import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';
import { outcomeOf } from '../../observability/metrics';
import type { ServerMetrics } from '../../observability/metrics';

/**
 * Counts each GraphQL request by operation name and outcome, times it, counts
 * its errors by code, and leaves the operation name and error codes in the
 * context's summary for the request log line.
 */
export function observationPlugin(metrics: ServerMetrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operationName, request }) {
          // A document that fails validation has no resolved operation: the name the client gave stands in.
          const name = operationName ?? request.operationName ?? undefined;
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          contextValue.summary.operationName = name;
          contextValue.summary.errorCodes = codes;
          metrics.graphqlRequest(name, outcomeOf(codes), (performance.now() - started) / 1000);
          for (const code of codes) metrics.error(code);
        },
      };
    },
  };
}
