// The paper's ten-point characterisation of the SECURE working draft (Section II), each point
// with the provisions or instruments it is about.
MATCH (a:Assessment {kind:'characterisation'})-[:ASSESSES]->(n:Entity)
WITH a, n ORDER BY n.id
RETURN toInteger(a.number) AS point, a.summary AS finding, collect(n.id) AS about, a.locator AS locator
ORDER BY point;
