import type { GraphDatabase } from '../src/db';
import { loadBenchQuery } from './bench-queries';

/** Size of a synthetic graph: states × cities per state × officers per city. */
export interface SyntheticSize {
  readonly states: number;
  readonly citiesPerState: number;
  readonly officersPerCity: number;
}

const SOURCES = ['source:synthetic'];
const BATCH = 2000;

async function inBatches<T extends Record<string, string>>(db: GraphDatabase, query: string, rows: T[]): Promise<void> {
  const text = loadBenchQuery(query);
  for (let i = 0; i < rows.length; i += BATCH)
    await db.write(text, { rows: rows.slice(i, i + BATCH), sources: SOURCES });
}

/**
 * Loads a synthetic graph shaped like the real one (states → cities →
 * officers) through the port, in batches. Returns the city ids.
 */
export async function loadSynthetic(db: GraphDatabase, size: SyntheticSize): Promise<string[]> {
  const states = Array.from({ length: size.states }, (_, s) => ({ id: `state:syn-${s}`, name: `State ${s}` }));
  const cities = states.flatMap((state, s) =>
    Array.from({ length: size.citiesPerState }, (_, c) => ({
      id: `city:syn-${s}-${c}`,
      name: `City ${s}-${c}`,
      state: state.id,
    })),
  );
  const officers = cities.flatMap((city) =>
    Array.from({ length: size.officersPerCity }, (_, o) => ({
      id: `officer:syn-${city.id.slice(9)}-${o}`,
      name: `Officer ${city.id.slice(9)}-${o}`,
      city: city.id,
    })),
  );
  await inBatches(db, 'synthetic-states', states);
  await inBatches(db, 'synthetic-cities', cities);
  await inBatches(db, 'synthetic-located-in', cities);
  await inBatches(db, 'synthetic-officers', officers);
  await inBatches(db, 'synthetic-serves', officers);
  return cities.map((c) => c.id);
}
