// normgraph's model, for reading in Neo4j Browser. The schema is declared in one place,
// src/main/resources/schema/built-in.yml (the built-in model) extended by each corpus's
// corpus.yml (import/README.md); GET /api/v1/schema shows the schema in force. Constraints and
// indexes are applied by the migrations in cypher/migrations/ at every start, and the full-text
// index over every text property by normgraph itself.
//
// Dated facts also carry `validFrom` / `validUntil` (Neo4j dates: the first day their start can
// mean, the last day their end can mean), which as-of queries compare (see 04-as-of-a-date.cypher).

// The labels and relationship types as the database has them:
CALL db.schema.visualization();

// The corpora loaded and what each declares (its corpus.yml is kept on its Corpus node):
MATCH (c:Corpus) RETURN c.id AS corpus, c.name AS name, c.counts AS counts, c.manifest AS corpusYml;
