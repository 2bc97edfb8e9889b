MATCH (c)
WHERE c.id IN $ids
RETURN c.id AS id, c.name AS name
