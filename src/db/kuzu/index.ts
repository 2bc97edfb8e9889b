export { openKuzu } from './kuzu-adapter';
export type { KuzuOptions } from './kuzu-adapter';
export { removeDatabaseFiles } from './kuzu-registry';
