// The corpora in the graph: what each is, when it was imported and from what, in import order.
// Every node says which corpus first asserted it (n.corpus) and which assert it (n.corpora).
MATCH (c:Corpus)
RETURN c.id AS corpus, c.name AS name, c.version AS version, c.importedAt AS importedAt, c.importedFrom AS importedFrom
ORDER BY c.firstImportedAt;
