/** What the name check needs to know about one node. */
export interface NamedNode {
  readonly label: string;
  readonly id: string;
  readonly name: string | null;
  readonly aliases: readonly string[];
  readonly note: string | null;
}

/** Two or more nodes of one label answering to the same name or alias. */
export interface NameClash {
  readonly label: string;
  /** The shared name, as the first node spells it. */
  readonly name: string;
  readonly ids: readonly string[];
}

const normalise = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Finds names and aliases shared, case-insensitively, by nodes of one label.
 * A clash counts as explained, and is not returned, when the note of one of
 * the nodes names the id of another: the editor saw the clash and said why.
 */
export function findNameClashes(nodes: readonly NamedNode[]): NameClash[] {
  const groups = new Map<string, { label: string; name: string; nodes: NamedNode[] }>();
  for (const node of nodes) {
    const names = new Set([node.name ?? '', ...node.aliases].map(normalise).filter((n) => n !== ''));
    for (const key of names) {
      const groupKey = `${node.label}\u0000${key}`;
      const spelled = [node.name ?? '', ...node.aliases].find((n) => normalise(n) === key) ?? key;
      const group = groups.get(groupKey) ?? { label: node.label, name: spelled, nodes: [] };
      group.nodes.push(node);
      groups.set(groupKey, group);
    }
  }
  const clashes: NameClash[] = [];
  for (const group of groups.values()) {
    if (group.nodes.length < 2) continue;
    const explained = group.nodes.some((node) =>
      group.nodes.some((other) => other.id !== node.id && (node.note ?? '').includes(other.id)),
    );
    if (!explained) clashes.push({ label: group.label, name: group.name, ids: group.nodes.map((n) => n.id) });
  }
  return clashes;
}
