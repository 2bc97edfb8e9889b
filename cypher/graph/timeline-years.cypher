// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every event whose date is a year held as an integer.
MATCH (n:Chairmanship) WHERE n.year IS NOT NULL AND n.year >= $fromYear AND n.year <= $toYear RETURN n.id AS id, 'year' AS property, n.year AS year, n.sources AS sources
