// Who supported what, at which meeting and when? Every SUPPORTS stance with the action taken,
// the target node (with its label) and the meeting where it was expressed.
MATCH (a:Actor)-[s:SUPPORTS]->(n:Entity)
OPTIONAL MATCH (m:Meeting {id: s.meeting})
RETURN s.date AS date, m.name AS meeting, a.name AS actor, s.action AS action,
       n.id AS target, [l IN labels(n) WHERE l <> 'Entity'][0] AS targetLabel, s.locator AS locator
ORDER BY date, meeting, actor;
