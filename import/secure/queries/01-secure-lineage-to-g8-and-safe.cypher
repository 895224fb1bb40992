// Norm lineage: which SECURE standards and introduction clauses derive from the
// G8 2005 declaration or the WCO SAFE Framework, either directly or through the provision/instrument
// they are PART_OF? Shows the intermediate node (via), the kind of derivation and its locator.
MATCH (p:Provision)-[:PART_OF*1..3]->(:Instrument {id:'wco-secure'})
MATCH (p)-[:PART_OF*0..3]->(via)-[d:DERIVES_FROM]->(root:Instrument)
WHERE root.id IN ['g8-2005-declaration', 'wco-safe']
  AND (p.id STARTS WITH 'secure-std-' OR p.id STARTS WITH 'secure-intro-')
RETURN p.id AS provision, p.name AS name, via.id AS via, root.id AS root, d.kind AS kind, d.locator AS locator
ORDER BY root, provision, locator;
