// Hand-written equivalent of bench/queries/nested.graphql: the member states' totalCount.
MATCH (s:MemberState)
RETURN count(s) AS count
