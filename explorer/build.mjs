// Bundles the browser app of explorer/src into dist/explorer/ (explorer.js, explorer.css and their source maps),
// run by `npm run build` after the server's tsc. Everything the page needs is in these files: no CDN at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  absWorkingDir: root,
  entryPoints: { explorer: 'explorer/src/main.tsx' },
  outdir: 'dist/explorer',
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
