import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_DIR, listQueryNames } from '../../src/db';
import { loadQuery } from '../../src/db/query-files';
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
        loadQuery('nowhere/nothing');
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain(path.join(CYPHER_DIR, 'nowhere', 'nothing.cypher'));
  });

  it('prefers an engine-specific file where one exists', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'query-files-'));
    try {
      fs.mkdirSync(path.join(dir, 'admin'));
      fs.mkdirSync(path.join(dir, 'kuzu', 'admin'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'admin', 'override.cypher'), 'RETURN 1 AS engine;\n');
      fs.writeFileSync(path.join(dir, 'kuzu', 'admin', 'override.cypher'), 'RETURN 2 AS engine');
      expect(loadQuery('admin/override', 'kuzu', dir).text).toBe('RETURN 2 AS engine');
      expect(loadQuery('admin/override', 'neo4j', dir).text).toBe('RETURN 1 AS engine');
      expect(loadQuery('admin/override', undefined, dir).text).toBe('RETURN 1 AS engine');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists shared query names, not engine-specific files', () => {
    const names = listQueryNames();
    expect(names).toContain('admin/count-nodes');
    expect(names.some((n) => n.startsWith('neo4j/') || n.startsWith('kuzu/'))).toBe(false);
  });
});
