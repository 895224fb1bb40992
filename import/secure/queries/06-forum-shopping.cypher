// Forum shopping: in which forums was the developed countries' IP enforcement agenda pursued,
// in date order (undated entries last), and what was done there? Includes the "internal"
// forum shopping towards other WCO bodies proposed in late 2008.
MATCH (:Instrument {id:'ip-enforcement-agenda'})-[p:PURSUED_IN]->(f:Forum)
RETURN p.date AS date, f.id AS forum, f.name AS name, p.action AS action, p.locator AS locator
ORDER BY date IS NULL, date, forum;
