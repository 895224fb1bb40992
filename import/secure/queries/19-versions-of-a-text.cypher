// Versions of a text in order: the SECURE drafts (first draft, 24 and 25 April 2008) and the G8
// reference, present in the draft of 24 April 2008 and deleted from the next; which version was
// current on a date (dated by then and not superseded by a version dated by then).
WITH date('2008-04-24') AS asOf
MATCH (v:Version)-[:VERSION_OF]->(text:Entity)
WHERE text.id IN ['wco-secure', 'secure-intro-g8-reference', 'secure-std-4']
OPTIONAL MATCH (v)-[:SUPERSEDES]->(earlier:Version)
WITH asOf, text, v, collect(earlier.id) AS supersedes
RETURN text.id AS text, v.date AS date, v.status AS status, v.name AS version, supersedes,
       v.validFrom <= asOf
         AND NOT EXISTS { MATCH (later:Version)-[:SUPERSEDES]->(v) WHERE later.validFrom <= asOf } AS currentAsOf,
       v.source AS source, v.locator AS locator
ORDER BY text, v.validFrom, size(supersedes), v.id;
