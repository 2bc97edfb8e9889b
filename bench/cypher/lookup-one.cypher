MATCH (c:City {id: $id})
RETURN c.id AS id, c.name AS name
