// Empties the database a batch at a time before a synthetic load (`--replace`): one transaction per batch.
MATCH (n)
WITH n
LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
