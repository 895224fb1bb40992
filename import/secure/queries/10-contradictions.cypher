// Contradictions in the source: nodes about which two or more Claims give different values for
// the same property (e.g. who established the SECURE Working Group, the 50th/60th session,
// 24 or 17 Policy Commission members), each value with its locator.
MATCH (c:Claim)-[:ABOUT]->(n:Entity)
WITH n, c.property AS property, c ORDER BY c.locator
WITH n, property, collect(c.value + '  (' + c.source + ', ' + c.locator + ')') AS competingValues
WHERE size(competingValues) > 1
RETURN n.id AS about, property, competingValues
ORDER BY about, property;
