// Decision chains: how the December 2008 Policy Commission decision that stopped the SECURE
// Working Group acts on earlier decisions, followed back through FOLLOWS to the first decision.
MATCH path = (:Decision {id:'wco-policy-commission-60-secure-decision'})-[:FOLLOWS*1..15]->(first:Decision)
WHERE NOT (first)-[:FOLLOWS]->(:Decision)
RETURN [n IN nodes(path) | n.date + ' ' + n.id + ' (' + n.outcome + ')'] AS chain, length(path) AS steps
ORDER BY steps DESC;
