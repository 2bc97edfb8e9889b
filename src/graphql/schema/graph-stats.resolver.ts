import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { GRAPH_MODEL } from '../../model';
import { readGraphCounts } from '../../graph/repository';
import { GraphStats } from './graph-stats.type';

/** `graphStats`: node counts per label and relationship counts per type, in one round trip. */
@Resolver()
export class GraphStatsResolver {
  @Query(() => GraphStats, { description: 'How big the graph is: nodes per label and relationships per type.' })
  async graphStats(@Ctx() ctx: RequestContext): Promise<GraphStats> {
    const counts = await readGraphCounts(ctx.loaders.db);
    const labels = counts.filter((c) => c.kind === 'label').map((c) => ({ label: c.name, count: c.count }));
    const relationshipTypes = counts
      .filter((c) => c.kind === 'relationship')
      .map((c) => ({
        type: c.name,
        description: GRAPH_MODEL.relationships[c.name]?.description ?? '',
        count: c.count,
      }));
    const sum = (xs: { count: number }[]): number => xs.reduce((total, x) => total + x.count, 0);
    return {
      nodeCount: sum(labels),
      relationshipCount: sum(relationshipTypes),
      labels: labels.sort((a, b) => a.label.localeCompare(b.label)),
      relationshipTypes: relationshipTypes.sort((a, b) => a.type.localeCompare(b.type)),
    };
  }
}
