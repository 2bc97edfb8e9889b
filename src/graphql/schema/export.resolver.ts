import { Arg, FieldResolver, Resolver, Root, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
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

/** The resolver adding `export(format)` to one result type (`Graph`, `Paths`). */
function exportResolver(type: ClassType, name: string): ClassType {
  @Resolver(() => type)
  class ExportResolver {
    @FieldResolver(() => String, { description })
    export(
      @Root() result: { drawable: () => Promise<DrawableGraph> },
      @Arg('format', () => GraphFormat, { description: 'The file format.' }) format: GraphFormat,
    ): Promise<string> {
      return result.drawable().then((drawable) => renderGraph(drawable, format));
    }
  }
  Object.defineProperty(ExportResolver, 'name', { value: name });
  return ExportResolver;
}

/** `export(format)` on exploration results and on path results. */
export const GraphExportResolver = exportResolver(Graph, 'GraphExportResolver');
export const PathsExportResolver = exportResolver(Paths, 'PathsExportResolver');
