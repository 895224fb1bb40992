// Every article of the fictional agreements that descends, through MODELLED_ON, from a TRIPS article
// of the bundled corpus, with how close each step stayed to its model.
MATCH path = (a:Article)-[:MODELLED_ON*1..4]->(t:Provision)-[:PART_OF*1..4]->(:Instrument {id: 'trips'})
RETURN a.name AS article, t.name AS origin, [r IN relationships(path) | r.closeness] AS closeness
ORDER BY article;
