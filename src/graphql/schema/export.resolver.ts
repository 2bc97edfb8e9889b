import { Arg, FieldResolver, Resolver, Root, registerEnumType } from 'type-graphql';
import { GraphFormat, renderGraph } from '../../exports/graph-formats';
import type { DrawableGraph } from '../../exports/graph-formats';
import { Graph, Paths } from './graph.types';

registerEnumType(GraphFormat, {
  name: 'GraphFormat',
  description: 'A file format for a graph.',
  valuesConfig: {
    CYTOSCAPE: { description: 'Cytoscape.js `{ elements: { nodes, edges } }` JSON (also opens in Cytoscape desktop).' },
    GRAPHOLOGY: { description: "graphology's serialised JSON (`Graph.from(json)`), for sigma.js." },
    GEXF: { description: 'GEXF 1.3 XML, for Gephi.' },
    GRAPHML: { description: 'GraphML XML, for yEd, Gephi, NetworkX and igraph.' },
  },
});

const description =
  "This result as a file: Cytoscape.js JSON, graphology JSON, GEXF or GraphML, with each node's label, name, degree and sources and each edge's type, properties and sources.";

/** `export(format)` on exploration results. */
@Resolver(() => Graph)
export class GraphExportResolver {
  @FieldResolver(() => String, { description })
  export(
    @Root() graph: { drawable: DrawableGraph },
    @Arg('format', () => GraphFormat, { description: 'The file format.' }) format: GraphFormat,
  ): string {
    return renderGraph(graph.drawable, format);
  }
}

/** `export(format)` on path results. */
@Resolver(() => Paths)
export class PathsExportResolver {
  @FieldResolver(() => String, { description })
  export(
    @Root() paths: { drawable: DrawableGraph },
    @Arg('format', () => GraphFormat, { description: 'The file format.' }) format: GraphFormat,
  ): string {
    return renderGraph(paths.drawable, format);
  }
}
