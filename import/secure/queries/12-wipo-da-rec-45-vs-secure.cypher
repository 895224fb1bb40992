// WIPO Development Agenda Recommendation 45 against SECURE: the recommendation's text and cluster,
// the TRIPS article it cross-references, and the paper's finding on SECURE's inconsistency with it.
MATCH (r:Provision {id:'wipo-da-rec-45'})-[:PART_OF]->(cluster:Provision)
MATCH (r)-[:CROSS_REFERENCES]->(art:Provision)
MATCH (asmt:Assessment)-[:ASSESSES]->(r)
MATCH (asmt)-[:ASSESSES]->(:Instrument {id:'wco-secure'})
RETURN DISTINCT cluster.heading AS cluster, r.text AS recommendation45, art.id AS tripsArticle, art.text AS tripsText,
       asmt.summary AS finding, asmt.locator AS locator;
