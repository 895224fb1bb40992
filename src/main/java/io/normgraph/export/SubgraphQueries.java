package io.normgraph.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.system.NotFoundException;

/**
 * Reads the graph, or a subgraph around a root, as flat nodes and relationships. The Cypher
 * is built with Cypher-DSL from an already validated {@link SubgraphSpec}; the root and the
 * node ids travel as parameters.
 */
@Component
class SubgraphQueries {

	private final Neo4jClient client;

	SubgraphQueries(Neo4jClient client) {
		this.client = client;
	}

	GraphResult read(SubgraphSpec spec) {
		String root = spec.root();
		if (root == null) {
			return new GraphResult(allNodes(), relationships(spec, null));
		}
		List<GraphNode> nodes = nodesAround(root, spec);
		if (nodes.isEmpty()) {
			throw new NotFoundException("root", root);
		}
		return new GraphResult(nodes, relationships(spec, nodes.stream().map(GraphNode::id).toList()));
	}

	private List<GraphNode> allNodes() {
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		Statement statement = Cypher.match(n).returning(n).orderBy(n.property("id")).build();
		return fetchNodes(statement);
	}

	private List<GraphNode> nodesAround(String root, SubgraphSpec spec) {
		Node start = Cypher.node(GraphNode.ENTITY).named("root").withProperties("id", Cypher.parameter("root"));
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		Relationship hop = spec.allTypes() ? start.relationshipBetween(n)
				: start.relationshipBetween(n, spec.sortedTypes().toArray(String[]::new));
		RelationshipPattern path = hop.length(0, spec.depth());
		Statement statement = Cypher.match(path).returningDistinct(n).orderBy(n.property("id")).build();
		return this.client.query(statement.getCypher())
			.bind(root)
			.to("root")
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("n").asNode()))
			.all()
			.stream()
			.toList();
	}

	private List<GraphRelationship> relationships(SubgraphSpec spec, @Nullable Collection<String> ids) {
		Node a = Cypher.node(GraphNode.ENTITY).named("a");
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = (spec.allTypes() ? a.relationshipTo(b) : a.relationshipTo(b, spec.sortedTypes().toArray(String[]::new)))
			.named("r");
		StatementBuilder.OngoingReadingWithoutWhere match = Cypher.match(r);
		StatementBuilder.OngoingReading reading = (ids != null) ? match.where(a.property("id")
			.in(Cypher.parameter("ids"))
			.and(b.property("id").in(Cypher.parameter("ids")))) : match;
		Statement statement = reading
			.returning(a.property("id").as("start"), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.build();
		Neo4jClient.RunnableSpec query = this.client.query(statement.getCypher());
		if (ids != null) {
			query = query.bind(ids).to("ids");
		}
		return query.fetchAs(GraphRelationship.class)
			.mappedBy((types, record) -> GraphRelationship.of(record.get("r").asRelationship(),
					record.get("start").asString(), record.get("end").asString()))
			.all()
			.stream()
			.sorted(Comparator.comparing(GraphRelationship::id))
			.toList();
	}

	private List<GraphNode> fetchNodes(Statement statement) {
		return this.client.query(statement.getCypher())
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> GraphNode.of(record.get("n").asNode()))
			.all()
			.stream()
			.toList();
	}

}
