// An import stages every change it will publish out of readers' sight (io.normgraph.corpus:
// StagingStatements). Changes are found by their identity, for duplicates and for what a new
// version of a corpus no longer asserts.
CREATE INDEX staged_change_key IF NOT EXISTS FOR (n:__StagedChange) ON (n.__key);
