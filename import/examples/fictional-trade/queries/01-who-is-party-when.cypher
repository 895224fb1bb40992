// Who is party to which agreement, since when and until when (fictional-trade example corpus).
MATCH (s:Actor)-[p:PARTY_TO]->(a:Agreement)
RETURN a.name AS agreement, s.name AS party, p.since AS since, p.until AS until, p.ratified AS ratified
ORDER BY a.signed, party;
