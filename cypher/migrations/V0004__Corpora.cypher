// Corpora are first-class (import/README.md): each has a Corpus node, every node says which
// corpus asserted it first (`corpus`, indexed so a corpus's nodes are found without a scan).
CREATE CONSTRAINT corpus_id IF NOT EXISTS FOR (c:Corpus) REQUIRE c.id IS UNIQUE;
CREATE INDEX entity_corpus IF NOT EXISTS FOR (n:Entity) ON (n.corpus);
// Dated facts carry the first and last day they can hold (as-of queries compare these).
CREATE INDEX entity_valid_from IF NOT EXISTS FOR (n:Entity) ON (n.validFrom);
// normgraph's own state (whether the bundled corpus was loaded at first start).
CREATE CONSTRAINT normgraph_state IF NOT EXISTS FOR (n:__Normgraph) REQUIRE n.id IS UNIQUE;
