// Coalitions: groups of two or more actors taking the same stance (SUPPORTS or OPPOSES) on the
// same node at the same meeting, e.g. China and Brazil against the G8 reference at the 3rd
// SECURE Working Group meeting, the US and Japan for it.
MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(n:Entity)
WHERE r.meeting IS NOT NULL
WITH r.meeting AS meeting, type(r) AS stance, n, collect(DISTINCT a.id) AS actors
WHERE size(actors) > 1
RETURN meeting, stance, n.id AS target, actors
ORDER BY meeting, target, stance;
