// Composition of the WCO Policy Commission in June 2008 as listed in IV.2.1: chair, the six
// vice-chairs with the customs regions they represent, and the elected members.
MATCH (a:Actor)-[m:MEMBER_OF]->(:Forum {id:'wco-policy-commission'})
WHERE m.locator = 'IV.2.1'
RETURN m.role AS role, a.id AS code, a.name AS member, m.representing AS representing, a.region AS region
ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 ELSE 2 END, member;
