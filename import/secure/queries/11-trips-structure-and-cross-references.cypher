// TRIPS cross-references: which TRIPS provisions refer to which others (e.g. footnote 14 to
// Article 51, Article 54 to Article 51, Article 59 to Article 46), with the part/section each
// provision sits in and the verbatim referring words where the paper quotes them.
MATCH (a:Provision)-[x:CROSS_REFERENCES]->(b:Entity)
WHERE a.id STARTS WITH 'trips-'
OPTIONAL MATCH (a)-[:PART_OF]->(container:Provision)
RETURN a.id AS from, container.id AS fromPartOf, b.id AS to, x.quote AS words, x.note AS note, x.locator AS locator
ORDER BY from, to, locator;
