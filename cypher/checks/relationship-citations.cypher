// Data check: every relationship with its ends, for the citation check (the relationship value carries its type).
MATCH (a)-[r]->(b)
RETURN a.id AS fromId, b.id AS toId, r AS rel
ORDER BY fromId, toId
