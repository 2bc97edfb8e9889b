import { GRAPH_MODEL, ID_PATTERN, labelOfId, validateModel } from '../../src/model';
import type { GraphModel } from '../../src/model';

describe('the graph model', () => {
  it('is consistent: endpoints name labels, prefixes are unique, names follow the conventions', () => {
    expect(validateModel()).toEqual([]);
  });

  it('reports what is inconsistent', () => {
    const broken: GraphModel = {
      nodes: {
        city: { idPrefix: 'city', description: '', properties: { name: { type: 'STRING', description: '' } } },
        Town: { idPrefix: 'city', description: '', properties: {} },
      },
      relationships: {
        locatedIn: {
          description: '',
          endpoints: [['Town', 'Nowhere']],
          properties: {},
          fields: { out: 'locatedIn', in: 'Cities' },
        },
      },
    };
    expect(validateModel(broken)).toEqual([
      'label city is not PascalCase',
      'city.name repeats a shared property',
      'id prefix city is used twice',
      'relationship locatedIn is not UPPER_SNAKE',
      'relationship locatedIn has the field name Cities, which is not camelCase',
      'relationship locatedIn names unknown label Nowhere',
    ]);
  });

  it('maps every label’s id prefix back to the label', () => {
    for (const [label, spec] of Object.entries(GRAPH_MODEL.nodes)) {
      expect(labelOfId(`${spec.idPrefix}:example`)).toBe(label);
      expect(ID_PATTERN.test(`${spec.idPrefix}:example-1`)).toBe(true);
    }
    expect(labelOfId('nowhere:x')).toBeUndefined();
    expect(labelOfId('no-colon')).toBeUndefined();
  });
});
