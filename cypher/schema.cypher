// normgraph's graph model, for reading in Neo4j Browser. The schema itself (constraints and
// indexes) is applied by the versioned migrations in cypher/migrations/ at every start.
//
// Node labels (every node also carries :Entity and a unique, stable, kebab-case `id`):
//   Instrument  a text as a whole: treaty, draft, declaration, framework, agenda  (kind, status, adoptedOn, version, date)
//   Provision   a unit of an instrument: article, paragraph, footnote, standard, cluster  (number, heading, issue, text)
//   Forum       an organisation or one of its bodies  (kind, headquarters, memberCount)
//   Meeting     one session of a forum  (startDate, endDate, place, session)
//   Decision    an outcome of a meeting  (date, outcome, summary)
//   Actor       state, bloc, group, IGO, secretariat, company, office-holder  (kind, region)
//   Source      a document facts are taken from  (title, author, date, citation, url)
//   Assessment  a finding of a source's analysis, in our words  (kind, number, summary)   [added for the corpus]
//   Claim       one side of a disagreement between sources or passages  (property, value)  [added for the corpus]
//   Version     one version of a text: draft, revised, adopted, amended, deleted  (date, status, text)
//
// Provenance on every node and relationship: `source` (a Source id) and `locator`; `quote` only
// where the source quotes a provision verbatim. Dates are ISO 8601 strings at the source's
// precision ("2008", "2008-06", "2008-06-30") and sort in time.
//
// Relationship types (direction as written):
//   PART_OF           Provision -> Instrument|Provision; Forum -> Forum            (order)
//   DERIVES_FROM      Provision|Instrument -> Provision|Instrument                (kind, issue, deviation)
//   CROSS_REFERENCES  Provision|Instrument -> Provision|Instrument
//   SUPPORTS, OPPOSES Actor -> any                                               (meeting, date, action)
//   NEGOTIATED_IN, ADOPTED_BY  Instrument -> Forum                               (date)
//   PURSUED_IN        Instrument -> Forum: an agenda carried to a forum           (date, action)   [added]
//   HELD_BY           Meeting -> Forum
//   TAKEN_AT          Decision -> Meeting
//   CONCERNS          Decision -> any
//   FOLLOWS           Decision -> Decision
//   MEMBER_OF         Actor -> Forum                                             (role, representing)
//   PARTICIPATED_IN   Actor -> Meeting                                           (role)
//   PROMOTES          Actor -> Instrument|Forum                                  (date, action)
//   ESTABLISHED_BY    Forum -> Forum|Meeting|Decision                            (date)
//   ASSESSES          Assessment -> any                                          [added]
//   ABOUT             Claim -> any                                               [added]
//   CITES             Source -> Source                                           [added]
//   VERSION_OF        Version -> Instrument|Provision
//   SUPERSEDES        Version -> Version: the later version replaces the earlier
//
// Dated facts also carry `validFrom` / `validUntil` (Neo4j dates: the first day their start can
// mean, the last day their end can mean), which as-of queries compare (see 19-as-of-a-date.cypher).

// See the schema as the database has it:
CALL db.schema.visualization();
