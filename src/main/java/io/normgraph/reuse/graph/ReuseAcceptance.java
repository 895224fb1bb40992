package io.normgraph.reuse.graph;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.normgraph.schema.Schema;
import io.normgraph.schema.SchemaRegistry;
import io.normgraph.schema.TypeRole;
import io.normgraph.schema.TypeSpec;
import io.normgraph.system.BadParameterException;
import io.normgraph.system.NotFoundException;

/**
 * Accepting a detected reuse as an asserted derivation: an explicit act of an authenticated
 * user, which creates a relationship of a derivation type (role derivation) from the later text
 * to the earlier one and copies the evidence onto it (score, similarity, containment, spans, the
 * run as its source and locator), with who accepted it and when. The inferred relationship
 * stays; the run's Source node is kept as long as anything points at it.
 */
@Service
public class ReuseAcceptance {

	/** Properties of the inferred relationship that are evidence, copied onto the derivation. */
	static final Set<String> EVIDENCE = Set.of("score", "similarity", "containment", "earlierShare", "directed", "method",
			"laterStarts", "laterEnds", "earlierStarts", "earlierEnds", "laterTextProperty", "earlierTextProperty",
			"source", "locator");

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SchemaRegistry schemas;

	ReuseAcceptance(Neo4jClient client, PlatformTransactionManager transactionManager, SchemaRegistry schemas) {
		this.client = client;
		this.transactions = new TransactionTemplate(transactionManager);
		this.schemas = schemas;
	}

	/**
	 * @param type the derivation type to assert, null for the schema's one derivation type
	 * @return the derivation: its type, ends and properties; {@code created} false when this reuse
	 * had been accepted already (nothing written then)
	 */
	public Map<String, Object> accept(String from, String to, @Nullable String type, String user) {
		Schema schema = this.schemas.current();
		ReuseSchema reuse = ReuseSchema.of(schema);
		String derivation = derivationType(schema, type);
		return this.transactions.execute((status) -> {
			Map<String, Object> found = this.client.query(AcceptStatements.FIND)
				.bindAll(Map.of("from", from, "to", to, "type", reuse.reuse())).fetch().one()
				.orElseThrow(() -> new NotFoundException("from", "detected provision-level reuse from '" + from + "' to",
						to));
			@SuppressWarnings("unchecked")
			Map<String, Object> evidence = (Map<String, Object>) found.get("properties");
			TypeSpec spec = schema.types().get(derivation);
			if (!spec.allows((String) found.get("fromLabel"), (String) found.get("toLabel"))) {
				throw new BadParameterException("type", derivation + " cannot connect " + found.get("fromLabel") + " to "
						+ found.get("toLabel") + "; it connects " + spec.connects());
			}
			Map<String, Object> existing = this.client.query(AcceptStatements.ACCEPTED)
				.bindAll(Map.of("from", from, "to", to, "type", derivation)).fetch().one().orElse(null);
			if (existing != null) {
				return result(derivation, from, to, existing, false);
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			evidence.forEach((key, value) -> {
				if (EVIDENCE.contains(key)) {
					properties.put(key, value);
				}
			});
			properties.put("inferred", false);
			properties.put("acceptedReuse", true);
			properties.put("acceptedBy", user);
			properties.put("acceptedAt", Instant.now().toString());
			properties.put("note", "accepted from text reuse detected by " + evidence.get("source"));
			this.client.query(AcceptStatements.create(derivation))
				.bindAll(Map.of("from", from, "to", to, "properties", properties)).run();
			return result(derivation, from, to, properties, true);
		});
	}

	private static String derivationType(Schema schema, @Nullable String type) {
		Set<String> derivations = new TreeSet<>(schema.typesWith(TypeRole.DERIVATION));
		if (type == null) {
			if (derivations.size() != 1) {
				throw new BadParameterException("type", "type must name the derivation to assert, one of " + derivations);
			}
			return derivations.iterator().next();
		}
		if (!derivations.contains(type)) {
			throw new BadParameterException("type",
					"type must be a relationship type whose role is derivation: " + derivations + " (not '" + type + "')");
		}
		return type;
	}

	private static Map<String, Object> result(String type, String from, String to, Map<String, Object> properties,
			boolean created) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("type", type);
		result.put("from", from);
		result.put("to", to);
		result.put("created", created);
		result.put("properties", properties);
		return result;
	}

}
