import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../../context';

/**
 * Reports the request's database round trips, database time and read-cache hits in
 * `extensions.queryStats` when the request asked for it (`x-query-stats: 1`)
 * or the server reports them always (REPORT_QUERY_STATS).
 */
export function queryStatsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.reportStats) return;
          const { roundTrips, dbTimeMs, queries, cacheHits } = contextValue.stats;
          const queryStats = { roundTrips, dbTimeMs: Math.round(dbTimeMs * 10) / 10, queries: [...queries], cacheHits };
          const body = response.body;
          if (body.kind === 'single') {
            body.singleResult = { ...body.singleResult, extensions: { ...body.singleResult.extensions, queryStats } };
          } else {
            body.initialResult = {
              ...body.initialResult,
              extensions: { ...body.initialResult.extensions, queryStats },
            };
          }
        },
      };
    },
  };
}
