// Who established the SECURE Working Group? The paper names three different bodies; each
// ESTABLISHED_BY edge carries its own locator and date, alongside the body hierarchy (PART_OF).
MATCH (wg:Forum {id:'wco-secure-wg'})-[e:ESTABLISHED_BY]->(creator)
OPTIONAL MATCH (wg)-[:PART_OF]->(parent:Forum)
RETURN creator.id AS establishedBy, e.date AS date, e.locator AS locator, e.note AS note, parent.id AS supervisedBy
ORDER BY locator;
