// Timeline of every meeting (with its forum) and the decisions taken there, in date order.
MATCH (m:Meeting)-[:HELD_BY]->(f:Forum)
OPTIONAL MATCH (d:Decision)-[:TAKEN_AT]->(m)
WITH m, f, d ORDER BY d.id
RETURN m.startDate AS start, m.endDate AS end, m.name AS meeting, m.place AS place, f.name AS forum,
       collect(d.name + ' [' + d.outcome + ']') AS decisions
ORDER BY start, meeting;
