// Values sources disagree on, kept side by side as claims (a source's own contradictions, and
// conflicts between corpora imported with conflicts=claims), each with its provenance.
MATCH (c:Claim)-[:ABOUT]->(n:Entity)
RETURN n.id AS about, c.property AS property, c.value AS value, c.source AS source, c.locator AS locator,
       c.corpus AS corpus
ORDER BY about, property, value;
