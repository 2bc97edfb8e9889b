import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { projectPath } from '../../src/paths';

/**
 * The built entry point runs in production mode unless NODE_ENV names another
 * (src/process-mode.ts): graphql-js then skips the development checks that
 * cost a quarter of the nested query's CPU. Run in child processes, since
 * graphql-js reads NODE_ENV once, when it loads.
 */
const PROBE = `require('./dist/process-mode');
const { isScalarType } = require('graphql');
let check;
try { check = String(isScalarType({ [Symbol.toStringTag]: 'GraphQLScalarType' })); } catch { check = 'development check'; }
process.stdout.write(JSON.stringify({ mode: process.env.NODE_ENV, check }));`;

function probe(nodeEnv: string | undefined): { mode: string; check: string } {
  const env = { ...process.env };
  delete env.NODE_ENV;
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  const out = execFileSync(process.execPath, ['-e', PROBE], { cwd: projectPath(), env, encoding: 'utf8' });
  return JSON.parse(out) as { mode: string; check: string };
}

describe('the process mode of the built server', () => {
  it('is production when NODE_ENV is unset or empty: graphql-js skips its development checks', () => {
    expect(probe(undefined)).toEqual({ mode: 'production', check: 'false' });
    expect(probe('')).toEqual({ mode: 'production', check: 'false' });
  });

  it('is the one NODE_ENV names otherwise, with graphql-js checking in development', () => {
    expect(probe('development')).toEqual({ mode: 'development', check: 'development check' });
  });

  it('is set by the entry point before anything else loads', () => {
    const [first] = fs.readFileSync(projectPath('src', 'index.ts'), 'utf8').split('\n');
    expect(first).toBe("import './process-mode';");
  });
});
