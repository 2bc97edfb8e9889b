// Whether the database answers at all (the readiness check).
RETURN 1 AS ok
