// Relationships of the loaded graph, for the generator's report.
MATCH ()-[r]->()
RETURN count(r) AS count
