// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Full-text search over every label (Source, Publication, MemberState, Country, City, Officer, Person, Role, Organization, Network, Summit, Meeting, Chairmanship, Framework, FrameworkArea, Agreement, Metric): Kùzu FTS over the copies in SearchText.
CALL QUERY_FTS_INDEX('SearchText', 'search_text', $q, top := 200) RETURN node.key AS id, score AS score
