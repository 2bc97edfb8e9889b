// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Full-text search over every label (Kùzu FTS, one index per label).
CALL QUERY_FTS_INDEX('Source', 'source_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Publication', 'publication_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('MemberState', 'member_state_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Country', 'country_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('City', 'city_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Officer', 'officer_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Person', 'person_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Role', 'role_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Organization', 'organization_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Network', 'network_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Summit', 'summit_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Meeting', 'meeting_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Chairmanship', 'chairmanship_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Framework', 'framework_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('FrameworkArea', 'framework_area_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Agreement', 'agreement_search', $q, top := 200) RETURN node.id AS id, score AS score
UNION ALL
CALL QUERY_FTS_INDEX('Metric', 'metric_search', $q, top := 200) RETURN node.id AS id, score AS score
