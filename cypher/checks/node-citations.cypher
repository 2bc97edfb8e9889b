// Data check: what the citation check needs of every node: its names, its sources and citations.
MATCH (n)
WHERE n.id IS NOT NULL
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.mentionedAs AS mentionedAs, n.sources AS sources, n.citations AS citations
ORDER BY id
