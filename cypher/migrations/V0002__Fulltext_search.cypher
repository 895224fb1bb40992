// Full-text search covers every text property the schema declares, so it is created and kept
// up to date from the schema by io.normgraph.search.SearchIndex, not here. (Until round 2 this
// migration created it with a fixed list of properties, and SearchIndex replaces that index.)
RETURN 'the full-text index is kept from the schema by SearchIndex' AS note;
