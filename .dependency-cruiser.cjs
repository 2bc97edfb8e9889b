/**
 * Import boundaries of src/ (docs/architecture.md, "Layers"), checked by
 * `npm run check:deps` as part of `npm run check`. Data flows one way:
 * server → GraphQL schema and resolvers → loaders and repository (src/graph)
 * → the port (src/db) → an adapter. The model is at the bottom.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules may not import each other in a circle (type-only imports included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'model-is-the-bottom',
      comment: 'The graph model imports nothing of the project but the project paths.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: ['^src/model/', '^src/paths\\.ts$'] },
    },
    {
      name: 'errors-stand-alone',
      comment: 'Error codes and classes are used by every layer and import none of them.',
      severity: 'error',
      from: { path: '^src/errors/' },
      to: { path: '^src/', pathNot: '^src/errors/' },
    },
    {
      name: 'db-is-below-everything',
      comment: 'The port and its adapters know the model, errors, configuration and paths, nothing above them.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: {
        path: '^src/',
        pathNot: ['^src/db/', '^src/model/', '^src/errors/', '^src/config\\.ts$', '^src/paths\\.ts$'],
      },
    },
    {
      name: 'engines-stay-in-their-adapter',
      comment: 'Only the adapters touch an engine package; everything else talks to the port.',
      severity: 'error',
      from: { pathNot: ['^src/db/kuzu/', '^src/db/neo4j/', '^tests/', '^bench/'] },
      to: { path: '^node_modules/(kuzu|neo4j-driver)/' },
    },
    {
      name: 'specs-are-data',
      comment: 'Root-field specs are declarations over the model.',
      severity: 'error',
      from: { path: '^src/specs/' },
      to: { path: '^src/', pathNot: ['^src/specs/', '^src/model/'] },
    },
    {
      name: 'data-access-does-not-know-graphql',
      comment: 'src/graph (query files, repository, loaders) serves the GraphQL layer and never imports it.',
      severity: 'error',
      from: { path: '^src/graph/' },
      to: {
        path: [
          '^src/graphql/',
          '^src/server\\.ts$',
          '^src/context\\.ts$',
          '^node_modules/(graphql|type-graphql|@apollo)/',
        ],
      },
    },
    {
      name: 'the-port-is-the-way-in',
      comment: 'Outside src/db/, code reaches the database layer through its index only, never an adapter file.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/db/' },
      to: { path: '^src/db/', pathNot: '^src/db/index\\.ts$' },
    },
    {
      name: 'graphql-goes-through-loaders',
      comment:
        'The GraphQL layer reads the graph through the request loaders and the repository, not the port directly.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: '^src/db/', pathNot: '^src/db/index\\.ts$' },
    },
    {
      name: 'production-code-never-imports-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^dist' },
  },
};
