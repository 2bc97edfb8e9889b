// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MemberState nodes for a batch of ids.
MATCH (n:MemberState)
WHERE n.id IN $ids
RETURN n AS node
