// The fight over the SECURE introduction: for the G8 reference and the health-risk wording,
// who supported or opposed them at which meeting, and what was decided.
MATCH (p:Provision) WHERE p.id IN ['secure-intro-g8-reference', 'secure-intro-health-risks']
OPTIONAL MATCH (a:Actor)-[r:SUPPORTS|OPPOSES]->(p)
OPTIONAL MATCH (d:Decision)-[:CONCERNS]->(p)
RETURN p.id AS provision, p.text AS quotedText,
       collect(DISTINCT a.id + ' ' + type(r) + ' at ' + r.meeting) AS stances,
       collect(DISTINCT d.id + ' (' + d.outcome + ')') AS decisions;
