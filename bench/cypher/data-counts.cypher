// Nodes and relationships of the loaded graph, for the generator's report.
MATCH (n)
WHERE n.id IS NOT NULL
RETURN count(n) AS count
