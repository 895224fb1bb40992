// Nodes several corpora assert (a state is a state): who owns each, and where each other
// corpus found it (its provenance is on its ASSERTS relationship).
MATCH (c:Corpus)-[a:ASSERTS]->(n:Entity)
RETURN n.id AS id, n.name AS name, n.corpus AS owner, n.source AS ownerSource, n.locator AS ownerLocator,
       c.id AS alsoAssertedBy, a.source AS source, a.locator AS locator, a.added AS propertiesItAdded
ORDER BY id, alsoAssertedBy;
