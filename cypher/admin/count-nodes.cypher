// How many nodes the graph holds (0 means an empty database that needs seeding).
MATCH (n)
RETURN count(n) AS count
