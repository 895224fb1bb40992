// A database written before corpora existed: what it holds becomes one corpus, so that every
// node and relationship says which corpus asserted it. Remove that corpus, or re-import its
// files under their own ids, to split it.
MATCH (n:Entity) WHERE n.corpus IS NULL
SET n.corpus = 'earlier-imports', n.corpora = ['earlier-imports'];
MATCH (:Entity)-[r]->(:Entity) WHERE r.corpus IS NULL
SET r.corpus = 'earlier-imports';
MATCH (n:Entity {corpus: 'earlier-imports'})
WITH count(n) AS nodes WHERE nodes > 0
MERGE (c:Corpus {id: 'earlier-imports'})
ON CREATE SET c.name = 'Imported before corpora', c.firstImportedAt = datetime(), c.importedAt = datetime(),
  c.importedFrom = 'a normgraph database written before corpora existed', c.manifest = '';
