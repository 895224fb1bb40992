// An import stages new nodes under __Staged alone before publishing them in one transaction
// (io.normgraph.corpus.CorpusWriter): relationships between staged nodes find their ends here.
CREATE INDEX staged_id IF NOT EXISTS FOR (n:__Staged) ON (n.id);
