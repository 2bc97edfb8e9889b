import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';
import { INVALID_OPERATION, outcomeOf } from '../../observability/metrics';
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
        async willSendResponse({ response, contextValue, operationName, operation, request }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          // The log line may say what the client called a document that never resolved to an operation; metrics
          // label only resolved operations, so that names a client invents cannot crowd the registry.
          contextValue.summary.operationName = (operationName ?? request.operationName ?? undefined)?.slice(0, 100);
          contextValue.summary.errorCodes = codes;
          const label = operation === undefined ? INVALID_OPERATION : (operationName ?? undefined);
          metrics.graphqlRequest(label, outcomeOf(codes), (performance.now() - started) / 1000);
          for (const code of codes) metrics.error(code);
        },
      };
    },
  };
}
