// Data check: the stored copy each Source node stands for (general knowledge has no file).
MATCH (s:Source)
RETURN s.id AS id, s.file AS file, s.title AS title
ORDER BY id
