// Full-text search over names, verbatim text, headings and our summaries, ranked by Lucene.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.text, n.heading, n.summary, n.quote];
