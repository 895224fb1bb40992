// The same as V0008 for the key that lists the corpora sharing a node: an import or a removal looks
// it up on the graph's nodes before any node is shared between two corpora (a database holding
// only the bundled corpus), and Neo4j warns at every such read that the key does not exist.
CREATE (n:__Tokens {corpora: ['']})
DELETE n;
