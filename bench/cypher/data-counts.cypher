// Nodes and relationships of the loaded graph, for the generator's report.
MATCH (n)
RETURN count(n) AS count
