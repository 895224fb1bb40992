// Every node has a unique, stable id: public API, never Neo4j's internal id.
// Entity is carried by every node so that an id resolves without knowing its label. This one
// constraint serves every label (look nodes up as (:Entity {id: $id})). The labels themselves
// are declared in the schema (src/main/resources/schema/built-in.yml and each corpus.yml).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
