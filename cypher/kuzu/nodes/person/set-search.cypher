// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Writes the search text of a batch of Person nodes and its copy in SearchText.
UNWIND $rows AS row MATCH (n:Person) WHERE n.id = row.id SET n.search = row.text WITH row MERGE (s:SearchText {key: row.id}) SET s.text = row.text
