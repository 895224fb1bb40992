// Sources cited by the seed paper (li-2008): every cited document with its author, date and the
// footnotes (or bibliography) where it is cited, oldest first.
MATCH (:Source {id:'li-2008'})-[c:CITES]->(s:Source)
WITH s, c ORDER BY c.locator
RETURN s.id AS source, s.title AS title, s.author AS author, s.date AS date, collect(c.locator) AS citedAt
ORDER BY date IS NULL, date, source;
