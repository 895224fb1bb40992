// Who opposed what, at which meeting and when? Every OPPOSES stance with the action taken,
// the target node (with its label) and the meeting where it was expressed.
MATCH (a:Actor)-[o:OPPOSES]->(n:Entity)
OPTIONAL MATCH (m:Meeting {id: o.meeting})
RETURN o.date AS date, m.name AS meeting, a.name AS actor, o.action AS action,
       n.id AS target, [l IN labels(n) WHERE l <> 'Entity'][0] AS targetLabel, o.locator AS locator
ORDER BY date, meeting, actor;
