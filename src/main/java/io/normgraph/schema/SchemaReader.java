package io.normgraph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the schema part of a YAML document (schema/built-in.yml, or a corpus.yml): its
 * {@code labels} and {@code relationships}, and in the built-in schema the properties of
 * {@code every-node} and {@code every-relationship}. Every problem is reported with its line
 * and what is allowed instead; a declaration with problems is left out.
 */
public final class SchemaReader {

	/** The keys of a document that hold the schema. */
	public static final Set<String> KEYS = Set.of("labels", "relationships");

	static final Set<String> BUILT_IN_KEYS = Set.of("every-node", "every-relationship", "labels", "relationships");

	private static final Set<String> LABEL_KEYS = Set.of("role", "colour", "description", "properties");

	private static final Set<String> TYPE_KEYS = Set.of("role", "polarity", "description", "connects", "properties");

	private static final Set<String> PROPERTY_KEYS = Set.of("type", "required", "references", "time", "event", "role",
			"description");

	private final Yaml yaml;

	private final Map<String, Integer> lines = new LinkedHashMap<>();

	public SchemaReader(Yaml yaml) {
		this.yaml = yaml;
	}

	/**
	 * The declaration in the given entries of a document's root.
	 * @param commons whether the entries may declare {@code every-node} and {@code every-relationship}
	 */
	public SchemaDeclaration read(Map<String, Node> root, boolean commons) {
		// A corpus cannot redeclare a property every node or relationship has.
		Set<String> nodeCommons = commons ? Set.of() : BuiltInSchema.get().everyNode().keySet();
		Set<String> relationshipCommons = commons ? Set.of() : BuiltInSchema.get().everyRelationship().keySet();
		Map<String, PropertySpec> everyNode = commons && root.containsKey("every-node")
				? properties(root.get("every-node"), "every-node", Set.of()) : Map.of();
		Map<String, PropertySpec> everyRelationship = commons && root.containsKey("every-relationship")
				? properties(root.get("every-relationship"), "every-relationship", Set.of()) : Map.of();
		Map<String, LabelSpec> labels = new LinkedHashMap<>();
		if (root.containsKey("labels")) {
			this.yaml.entries(root.get("labels"), "labels", null)
				.forEach((name, node) -> label(name, node, commons, nodeCommons).ifPresent((label) -> labels.put(name, label)));
		}
		Map<String, TypeSpec> types = new LinkedHashMap<>();
		if (root.containsKey("relationships")) {
			this.yaml.entries(root.get("relationships"), "relationships", null)
				.forEach((name, node) -> type(name, node, commons, relationshipCommons).ifPresent((type) -> types.put(name, type)));
		}
		return new SchemaDeclaration(everyNode, everyRelationship, labels, types, this.lines);
	}

	private java.util.Optional<LabelSpec> label(String name, Node node, boolean builtIn, Set<String> common) {
		this.lines.put(SchemaDeclaration.key(name, null), this.yaml.keyLine(node));
		if (!Schema.LABEL_NAME.matcher(name).matches() || Schema.RESERVED_LABELS.contains(name)) {
			this.yaml.problemAt(node, "'" + name + "' cannot be a label: labels are PascalCase (Agreement, TradeBloc)"
					+ " and not one of " + Schema.RESERVED_LABELS);
			return java.util.Optional.empty();
		}
		Map<String, Node> entries = this.yaml.entries(node, "label '" + name + "'", LABEL_KEYS);
		LabelRole role = word(entries.get("role"), LabelRole.class, "role of label '" + name + "'");
		Map<String, PropertySpec> properties = entries.containsKey("properties")
				? properties(entries.get("properties"), name, builtIn ? Set.of() : reserved(common, Schema.RESERVED_NODE_PROPERTIES))
				: Map.of();
		return java.util.Optional.of(new LabelSpec(name, role, text(entries.get("colour")), text(entries.get("description")),
				properties));
	}

	private java.util.Optional<TypeSpec> type(String name, Node node, boolean builtIn, Set<String> common) {
		this.lines.put(SchemaDeclaration.key(name, null), this.yaml.keyLine(node));
		if (!Schema.TYPE_NAME.matcher(name).matches() || Schema.RESERVED_TYPES.contains(name)) {
			this.yaml.problemAt(node, "'" + name + "' cannot be a relationship type: types are UPPER_SNAKE_CASE"
					+ " (PARTY_TO) and not one of " + Schema.RESERVED_TYPES);
			return java.util.Optional.empty();
		}
		Map<String, Node> entries = this.yaml.entries(node, "relationship type '" + name + "'", TYPE_KEYS);
		TypeRole role = word(entries.get("role"), TypeRole.class, "role of relationship type '" + name + "'");
		Polarity polarity = word(entries.get("polarity"), Polarity.class, "polarity of relationship type '" + name + "'");
		if ((role == TypeRole.STANCE) != (polarity != null) && (role != null || polarity != null)) {
			this.yaml.problemAt(node, "relationship type '" + name + "': a stance needs a polarity ("
					+ Vocabulary.words(Polarity.class) + ") and only a stance has one");
		}
		List<Endpoints> connects = new ArrayList<>();
		if (entries.containsKey("connects")) {
			this.yaml.items(entries.get("connects"), "connects of '" + name + "'", (item) -> endpoints(item, name, connects));
		}
		Map<String, PropertySpec> properties = entries.containsKey("properties")
				? properties(entries.get("properties"), name,
						builtIn ? Set.of() : reserved(common, Schema.RESERVED_RELATIONSHIP_PROPERTIES))
				: Map.of();
		return java.util.Optional.of(new TypeSpec(name, role, polarity, text(entries.get("description")), connects, properties));
	}

	/** {@code "A | B -> C | *"} */
	private void endpoints(Node item, String type, List<Endpoints> connects) {
		String text = this.yaml.scalar(item, "an item of connects of '" + type + "'");
		String[] ends = (text != null) ? text.split("->") : new String[0];
		if (ends.length != 2) {
			if (text != null) {
				this.yaml.problem(item, "connects of '" + type + "': '" + text
						+ "' is not of the form 'FromLabel | OtherLabel -> ToLabel' (* for any label)");
			}
			return;
		}
		connects.add(new Endpoints(labels(ends[0]), labels(ends[1])));
	}

	private static Set<String> labels(String side) {
		Set<String> labels = new LinkedHashSet<>();
		for (String label : side.split("\\|")) {
			if (!label.isBlank()) {
				labels.add(label.strip());
			}
		}
		return labels;
	}

	private Map<String, PropertySpec> properties(Node node, String owner, Set<String> forbidden) {
		Map<String, PropertySpec> properties = new LinkedHashMap<>();
		this.yaml.entries(node, "the properties of '" + owner + "'", null).forEach((name, value) -> {
			this.lines.put(SchemaDeclaration.key(owner, name), this.yaml.keyLine(value));
			if (forbidden.contains(name)) {
				this.yaml.problemAt(value, "'" + name + "' cannot be declared as a property of '" + owner
						+ "': it is one every row has or normgraph's own (" + String.join(", ", forbidden) + ")");
				return;
			}
			if (!Schema.PROPERTY_NAME.matcher(name).matches()) {
				this.yaml.problemAt(value, "'" + name + "' cannot be a property of '" + owner
						+ "': properties are camelCase (inForce, tariffRate)");
				return;
			}
			PropertySpec property = property(name, owner, value);
			if (property != null) {
				properties.put(name, property);
			}
		});
		return properties;
	}

	private @Nullable PropertySpec property(String name, String owner, Node node) {
		String what = "property '" + name + "' of '" + owner + "'";
		Map<String, Node> entries = (node instanceof ScalarNode) ? Map.of("type", node)
				: this.yaml.entries(node, what, PROPERTY_KEYS);
		Node typeNode = entries.get("type");
		String typeWord = (typeNode != null) ? this.yaml.scalar(typeNode, "the type of " + what) : null;
		if (typeNode == null) {
			this.yaml.problem(node, what + " needs a type: one of " + ValueType.words());
			return null;
		}
		ValueType type = (typeWord != null) ? ValueType.named(typeWord).orElse(null) : null;
		if (type == null) {
			if (typeWord != null) {
				this.yaml.problem(typeNode, "unknown value type '" + typeWord + "' for " + what + "; allowed: "
						+ ValueType.words());
			}
			return null;
		}
		String references = text(entries.get("references"));
		Time time = word(entries.get("time"), Time.class, "time of " + what);
		String event = text(entries.get("event"));
		PropertyRole role = word(entries.get("role"), PropertyRole.class, "role of " + what);
		String mismatch = mismatch(type, references, time, event, role);
		if (mismatch != null) {
			this.yaml.problem(node, what + ": " + mismatch);
			return null;
		}
		return new PropertySpec(name, type, "true".equals(text(entries.get("required"))), references, time, event, role,
				text(entries.get("description")));
	}

	private static @Nullable String mismatch(ValueType type, @Nullable String references, @Nullable Time time,
			@Nullable String event, @Nullable PropertyRole role) {
		if (references != null && type != ValueType.ID) {
			return "only an id property can reference a label";
		}
		if ((time != null || event != null) && type != ValueType.DATE) {
			return "only a date property can have a time or an event";
		}
		if (role == PropertyRole.TEXT && type != ValueType.TEXT) {
			return "the text role needs type text";
		}
		return null;
	}

	private @Nullable String text(@Nullable Node node) {
		return (node != null) ? this.yaml.scalar(node, "this value") : null;
	}

	private <E extends Enum<E>> @Nullable E word(@Nullable Node node, Class<E> vocabulary, String what) {
		String word = text(node);
		if (word == null) {
			return null;
		}
		E value = Vocabulary.parse(vocabulary, word).orElse(null);
		if (value == null) {
			this.yaml.problem(node, "unknown " + what + " '" + word + "'; allowed: " + Vocabulary.words(vocabulary));
		}
		return value;
	}

	private static Set<String> reserved(Set<String> common, Set<String> system) {
		Set<String> reserved = new java.util.TreeSet<>(common);
		reserved.addAll(system);
		return reserved;
	}

}
