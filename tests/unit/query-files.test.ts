import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, listQueryNames, loadQueries, loadQuery } from '../../src/db';
import { AppError } from '../../src/errors';

describe('query files', () => {
  it('loads a query by name, without a trailing semicolon', () => {
    const query = loadQuery('admin/count-nodes');
    expect(query.name).toBe('admin/count-nodes');
    expect(query.text).toMatch(/RETURN count\(n\) AS count$/);
  });

  it('names the missing file so start-up can stop with its path', () => {
    const error = (() => {
      try {
        loadQueries({ ok: 'admin/count-nodes', missing: 'nowhere/nothing' });
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(path.join(CYPHER_DIR, 'nowhere', 'nothing.cypher'));
  });

  it('prefers an engine-specific file where one exists', () => {
    const dir = path.join(CYPHER_DIR, 'kuzu', 'admin');
    const file = path.join(dir, 'unit-test-override.cypher');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, 'RETURN 2 AS engine');
    try {
      expect(() => loadQuery('admin/unit-test-override')).toThrow(/unit-test-override\.cypher/);
      expect(loadQuery('admin/unit-test-override', 'kuzu').text).toBe('RETURN 2 AS engine');
    } finally {
      fs.rmSync(file);
      if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
    }
  });

  it('lists shared query names, not engine-specific files', () => {
    const names = listQueryNames();
    expect(names).toContain('admin/count-nodes');
    expect(names.some((n) => n.startsWith('neo4j/') || n.startsWith('kuzu/'))).toBe(false);
  });
});
