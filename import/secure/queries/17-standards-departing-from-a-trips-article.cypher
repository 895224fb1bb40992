// Downstream lineage from one TRIPS article: which SECURE standards depart from Article 51
// (Table 1), with the issue and departure, plus the paper's legal assessment of each standard.
MATCH (s:Provision)-[d:DERIVES_FROM]->(:Provision {id:'trips-art-51'})
OPTIONAL MATCH (a:Assessment {kind:'legal'})-[:ASSESSES]->(s)
WITH s, d, a ORDER BY a.id
WITH s, d, collect(a.summary) AS legalAssessment
RETURN s.id AS standard, d.issue AS issue, d.kind AS kind, d.deviation AS departure, legalAssessment
ORDER BY toInteger(s.number);
