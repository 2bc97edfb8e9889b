import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeNode, describeRelationship, findNameClashes, locateInSeeds } from '../../src/checks';
import type { NamedNode } from '../../src/checks';
import { CYPHER_DIR } from '../../src/db';
import { nodeLabels } from '../../src/model';

const node = (id: string, name: string, aliases: string[] = [], note: string | null = null): NamedNode => ({
  label: 'City',
  id,
  name,
  aliases,
  note,
});

describe('findNameClashes', () => {
  it('finds a name shared with another node’s alias, ignoring case and spacing', () => {
    const clashes = findNameClashes([node('city:a', 'Nay Pyi Taw'), node('city:b', 'Naypyidaw', ['nay  pyi taw'])]);
    expect(clashes).toEqual([{ label: 'City', name: 'Nay Pyi Taw', ids: ['city:a', 'city:b'] }]);
  });

  it('accepts a clash when one note names the other node', () => {
    const clashes = findNameClashes([
      node('city:a', 'Cebu'),
      node('city:b', 'Cebu City', ['Cebu'], 'Not the province, city:a.'),
    ]);
    expect(clashes).toEqual([]);
  });

  it('does not accept a note that does not name the other node', () => {
    expect(findNameClashes([node('city:a', 'Cebu'), node('city:b', 'Cebu', [], 'A city.')])).toHaveLength(1);
  });

  it('ignores the same name on nodes of different labels, and a node repeating its own name', () => {
    const state = { ...node('state:sg', 'Singapore'), label: 'MemberState' };
    expect(findNameClashes([node('city:sg', 'Singapore', ['SINGAPORE']), state])).toEqual([]);
  });
});

describe('locateInSeeds', () => {
  it('names the file that merges a node or relationship', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locate-'));
    try {
      fs.writeFileSync(path.join(dir, '010-a.cypher'), "MERGE (c:City {id: 'city:a'}) SET c.name = 'A';\n");
      fs.writeFileSync(
        path.join(dir, '020-b.cypher'),
        "MATCH (b:MemberState {id: 'state:x'}), (a:City {id: 'city:a'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.note = 'x';\n",
      );
      const locator = locateInSeeds(dir);
      expect(describeNode(locator, 'city:a')).toMatch(/^city:a \(.*010-a\.cypher\)$/);
      expect(describeNode(locator, 'city:zz')).toBe('city:zz (not defined in seeds/)');
      expect(describeRelationship(locator, 'city:a', 'state:x')).toMatch(
        /^city:a -\[LOCATED_IN\]-> state:x \(.*020-b\.cypher\)$/,
      );
      expect(describeRelationship(locator, 'state:x', 'city:a')).toBe('state:x -> city:a (not defined in seeds/)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cypher/checks/node-identities.cypher', () => {
  it('has one part for every label of the graph model', () => {
    const text = fs.readFileSync(path.join(CYPHER_DIR, 'checks', 'node-identities.cypher'), 'utf8');
    const parts = [...text.matchAll(/MATCH \(n:(\w+)\) RETURN '(\w+)' AS label/g)].map(([, a, b]) => {
      expect(a).toBe(b);
      return a;
    });
    expect(parts.sort()).toEqual(nodeLabels().sort());
  });
});
