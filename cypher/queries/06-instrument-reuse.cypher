// For each pair of instruments, the share of the later one's text taken from the earlier one
// (the roll-up of detected reuse), with how many of its provisions took text.
MATCH (later:Entity)-[r:REUSES {level: 'instrument'}]->(earlier:Entity)
RETURN later.id AS later, later.name AS laterName, earlier.id AS earlier, earlier.name AS earlierName,
       r.share AS share, r.provisions AS provisions, r.directed AS directed
ORDER BY share DESC, later, earlier
LIMIT 100;
