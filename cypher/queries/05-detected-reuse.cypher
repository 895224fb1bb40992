// Text reuse normgraph detected (docs/reuse.md), strongest first: which provision took text from
// which, with the score, the share of the later text taken (containment) and the run that found
// it. Detected reuse is inferred (r.inferred = true) and no corpus asserts it; asserted lineage
// is DERIVES_FROM.
MATCH (later:Entity)-[r:REUSES {level: 'provision'}]->(earlier:Entity)
RETURN later.id AS later, earlier.id AS earlier, r.score AS score, r.containment AS containment,
       r.directed AS directed, size(r.laterStarts) AS passages, r.locator AS run
ORDER BY score DESC, later, earlier
LIMIT 100;
