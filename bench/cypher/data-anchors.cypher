// Which of the seed nodes synthetic units attach to exist (bench/data/shape.ts, ANCHORS).
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id
