// Regenerates the paper's Table 1 (Comparison of SECURE and TRIPS provisions) from the graph:
// one row per SECURE standard with the Table 1 issue, the TRIPS article(s) it departs from and
// the departure (our own summary of the Table 1 comment).
MATCH (s:Provision)-[d:DERIVES_FROM]->(t:Provision)-[:PART_OF*1..3]->(:Instrument {id:'trips'})
WHERE s.id STARTS WITH 'secure-std-' AND d.locator STARTS WITH 'Table 1'
WITH s, d.issue AS issue, d.deviation AS departure, t
ORDER BY t.id
WITH s, issue, departure, collect(t.number) AS trips_articles
RETURN s.id AS standard, issue, trips_articles, departure
ORDER BY toInteger(s.number);
