// Hand-written equivalent of bench/queries/nested.graphql, level 3 (Kùzu): the first $first officers of each of
// those cities by position and name; paged in the engine.
UNWIND $ids AS cid
MATCH (c:City {id: cid})<-[r:SERVES]-(o:Officer)
WITH cid, coalesce(r.position, 9223372036854775807) AS position, coalesce(o.name, '') AS name, o.id AS oid,
  o.designation AS designation, o.sources AS sources, r.sources AS edgeSources
ORDER BY cid, position, name, oid
LIMIT 9223372036854775807
WITH cid, collect({id: oid, name: name, designation: designation, position: position, sources: sources,
  edgeSources: edgeSources}) AS officers
UNWIND list_slice(officers, 1, $first) AS officer
RETURN cid AS city, officer.position AS position, officer.edgeSources AS edgeSources, officer.id AS id,
  officer.name AS name, officer.designation AS designation, officer.sources AS sources
