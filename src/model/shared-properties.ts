import type { PropertyMap } from './types';

/** Properties every node has. `id` is the primary key: `<prefix>:<slug>`, unique across labels. */
const SHARED = {
  id: { type: 'STRING', description: 'Stable identifier, `<type prefix>:<slug>`, unique across the graph.' },
  name: { type: 'STRING', description: 'The name most sources use.' },
  aliases: { type: 'STRING[]', description: 'Other names, spellings and acronyms people search for.' },
  sources: { type: 'STRING[]', description: 'Ids of the Source documents that state this entity.' },
  citations: {
    type: 'STRING[]',
    description:
      'Where each source states this entity: `<source id>#L<line>` or `<source id>#L<line>:<start>-<end>` into the stored copy of the document (lines from 1, characters from 0, end excluded); a bare source id for general knowledge.',
  },
  note: { type: 'STRING', description: 'Editorial note: disagreements between sources, inferences, caveats.' },
  mentionedAs: {
    type: 'STRING[]',
    description:
      'Words a cited passage uses for this entity instead of its name or aliases (a figure for a metric, "the Meeting", "ASEAN Member States" for all ten at once); only the citation check reads them.',
  },
  search: {
    type: 'STRING',
    description:
      'What full-text search reads: the name, aliases and text properties, accents and case folded, with word beginnings (written by the seed loader, never by hand).',
  },
} as const satisfies PropertyMap;

export const NODE_PROPERTIES: PropertyMap = SHARED;

/** The shared node properties with their literal types (for the model's derived types). */
export type SharedNodeProperties = typeof SHARED;

/** Properties every relationship has. */
export const RELATIONSHIP_PROPERTIES: PropertyMap = {
  sources: { type: 'STRING[]', description: 'Ids of the Source documents that state this relationship.' },
  citations: {
    type: 'STRING[]',
    description: "Where each source states this relationship, as locators of the same form as a node's `citations`.",
  },
  note: { type: 'STRING', description: 'Editorial note: disagreements between sources, inferences, caveats.' },
};
