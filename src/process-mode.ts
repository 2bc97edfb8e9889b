/**
 * The server runs in production mode unless NODE_ENV names another mode. In
 * development mode graphql-js checks every type test it makes (its
 * `instanceOf` looks for a second copy of graphql-js on each miss), which
 * cost about a quarter of the nested query's server CPU. Imported first by
 * the entry point: graphql-js reads NODE_ENV once, when it loads.
 */
process.env.NODE_ENV ||= 'production';

export {};
