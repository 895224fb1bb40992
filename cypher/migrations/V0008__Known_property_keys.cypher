// The same as V0007 for property keys: normgraph's own statements read these before anything has
// set them in a new database (the corpora's manifest and first import, the bundled corpus's
// marker, the order of a corpus's assertions, a staged row's origin and label), and Neo4j warns at
// every such read that the key does not exist. Setting each once here makes it known (a property
// key, once created, stays known without the node).
CREATE (n:__Tokens {manifest: '', firstImportedAt: 0, bundledCorpusLoaded: false, `order`: 0, __at: 0, __label: ''})
DELETE n;
