// The same as V0008 for the built-in schema's reuse type: removing a corpus, and lineage asked to
// include detected reuse, read relationships of type REUSES and their level, inferred flag and
// instruments before any detection run has written one, and Neo4j warns at every such read that
// the type or key does not exist. Creating one relationship here makes them known.
CREATE (a:__Tokens)-[r:REUSES {level: '', inferred: false, laterInstrument: '', earlierInstrument: ''}]->(a)
DELETE r, a;
