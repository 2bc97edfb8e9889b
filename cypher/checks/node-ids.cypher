// Data check: the id of every node, whatever its label.
MATCH (n)
RETURN n.id AS id
