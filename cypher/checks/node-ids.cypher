// Data check: the id of every node, whatever its label.
MATCH (n)
WHERE n.id IS NOT NULL
RETURN n.id AS id
