// The graph as of a date: who stood where on 30 April 2008, after the 3rd Working Group and
// before the 59th Policy Commission. A fact holds on a day when it has begun by then and not
// ended before it: validFrom is the first day its start date can mean (a stance dated 2008-04
// counts from 1 April), validUntil the last day its end date can mean; a fact without them
// (undated) always holds and is marked. Change the date to replay the negotiation.
WITH date('2008-04-30') AS asOf
MATCH (actor:Actor)-[s:SUPPORTS|OPPOSES]->(target:Entity)
WHERE (s.validFrom IS NULL OR s.validFrom <= asOf) AND (s.validUntil IS NULL OR s.validUntil >= asOf)
OPTIONAL MATCH (m:Meeting {id: s.meeting})
RETURN s.date AS date, coalesce(m.name, s.meeting) AS meeting, actor.name AS actor, type(s) AS stance,
       target.name AS target,
       (target.validUntil IS NOT NULL AND target.validUntil < asOf) AS targetGoneSince,
       s.validFrom IS NULL AS undated
ORDER BY s.date, meeting, stance DESC, actor;
