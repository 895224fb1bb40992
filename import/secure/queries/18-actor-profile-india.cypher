// Profile of one actor (India): memberships and roles, meetings attended, stances taken and
// agendas promoted, each with its locator.
MATCH (a:Actor {id:'ind'})-[r]->(n:Entity)
WHERE type(r) IN ['MEMBER_OF', 'PARTICIPATED_IN', 'SUPPORTS', 'OPPOSES', 'PROMOTES']
RETURN type(r) AS relation, n.id AS target, coalesce(r.role, r.action) AS roleOrAction,
       r.representing AS representing, r.meeting AS meeting, r.locator AS locator
ORDER BY relation, target;
