// An import marks the staged rows of nodes already in the graph :__Existing (io.normgraph.corpus:
// StagingStatements) and asks for that label before it has ever set it. Creating the label once
// here makes it known to the database, which otherwise warns in the log at every import into a new
// database that the label does not exist. (A label, once created, stays known without nodes.)
CREATE (n:__Existing)
DELETE n;
