// How many nodes the graph holds (0 means an empty database that needs seeding).
MATCH (n)
WHERE n.id IS NOT NULL
RETURN count(n) AS count
