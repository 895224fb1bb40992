package io.normgraph.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.NamedPath;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.graph.GraphResult;
import io.normgraph.system.NotFoundException;
import io.normgraph.time.AsOf;

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
		return read(spec, null);
	}

	/** As of a date: only the nodes and relationships that hold then (a subgraph reached through them), undated ones marked. */
	GraphResult read(SubgraphSpec spec, @Nullable AsOf asOf) {
		String root = spec.root();
		if (root == null) {
			return new GraphResult(allNodes(asOf), relationships(spec, null, asOf));
		}
		List<GraphNode> nodes = nodesAround(root, spec, asOf);
		if (nodes.isEmpty()) {
			throw (asOf != null) ? NotFoundException.because("root",
					"'" + root + "' does not exist or is not part of the graph as of " + asOf.text())
					: new NotFoundException("root", root);
		}
		return new GraphResult(nodes, relationships(spec, nodes.stream().map(GraphNode::id).toList(), asOf));
	}

	private List<GraphNode> allNodes(@Nullable AsOf asOf) {
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		var match = Cypher.match(n);
		Statement statement = ((asOf != null) ? match.where(AsOf.holds(n.getRequiredSymbolicName())) : match).returning(n)
			.orderBy(n.property("id"))
			.build();
		return fetchNodes(statement, asOf);
	}

	private List<GraphNode> nodesAround(String root, SubgraphSpec spec, @Nullable AsOf asOf) {
		Node start = Cypher.node(GraphNode.ENTITY).named("root").withProperties("id", Cypher.parameter("root"));
		Node n = Cypher.node(GraphNode.ENTITY).named("n");
		Relationship hop = spec.allTypes() ? start.relationshipBetween(n)
				: start.relationshipBetween(n, spec.sortedTypes().toArray(String[]::new));
		NamedPath path = Cypher.path("p").definedBy(hop.length(0, spec.depth()));
		var match = Cypher.match(path);
		SymbolicName x = Cypher.name("x");
		SymbolicName y = Cypher.name("y");
		Statement statement = ((asOf != null) ? match.where(Cypher.all(x)
			.in(Cypher.nodes(path))
			.where(AsOf.holds(x))
			.and(Cypher.all(y).in(Cypher.relationships(path)).where(AsOf.holds(y)))) : match).returningDistinct(n)
			.orderBy(n.property("id"))
			.build();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("root", root);
		parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
		return this.client.query(statement.getCypher())
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> AsOf.mark(asOf, GraphNode.of(record.get("n").asNode())))
			.all()
			.stream()
			.toList();
	}

	private List<GraphRelationship> relationships(SubgraphSpec spec, @Nullable Collection<String> ids,
			@Nullable AsOf asOf) {
		Node a = Cypher.node(GraphNode.ENTITY).named("a");
		Node b = Cypher.node(GraphNode.ENTITY).named("b");
		Relationship r = (spec.allTypes() ? a.relationshipTo(b) : a.relationshipTo(b, spec.sortedTypes().toArray(String[]::new)))
			.named("r");
		StatementBuilder.OngoingReadingWithoutWhere match = Cypher.match(r);
		Condition where = (ids != null)
				? a.property("id").in(Cypher.parameter("ids")).and(b.property("id").in(Cypher.parameter("ids")))
				: Cypher.noCondition();
		if (asOf != null) {
			where = where.and(AsOf.holds(r.getRequiredSymbolicName()));
			if (ids == null) {
				where = where.and(AsOf.holds(a.getRequiredSymbolicName())).and(AsOf.holds(b.getRequiredSymbolicName()));
			}
		}
		StatementBuilder.OngoingReading reading = match.where(where);
		Statement statement = reading
			.returning(a.property("id").as("start"), r.getRequiredSymbolicName(), b.property("id").as("end"))
			.build();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
		if (ids != null) {
			parameters.put("ids", ids);
		}
		return this.client.query(statement.getCypher())
			.bindAll(parameters)
			.fetchAs(GraphRelationship.class)
			.mappedBy((types, record) -> AsOf.mark(asOf, GraphRelationship.of(record.get("r").asRelationship(),
					record.get("start").asString(), record.get("end").asString())))
			.all()
			.stream()
			.sorted(Comparator.comparing(GraphRelationship::id))
			.toList();
	}

	private List<GraphNode> fetchNodes(Statement statement, @Nullable AsOf asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(AsOf.PARAMETER, AsOf.parameter(asOf));
		return this.client.query(statement.getCypher())
			.bindAll(parameters)
			.fetchAs(GraphNode.class)
			.mappedBy((types, record) -> AsOf.mark(asOf, GraphNode.of(record.get("n").asNode())))
			.all()
			.stream()
			.toList();
	}

}
