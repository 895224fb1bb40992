package io.normgraph.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The schema in force: the built-in declaration extended by those of the loaded corpora. Every
 * feature asks it which labels and types exist, which play a role, and what their properties
 * are; nothing else in the code lists them.
 */
public final class Schema {

	/** The label every node carries, so that an id resolves without knowing the node's label. */
	public static final String ENTITY = "Entity";

	/** Properties normgraph itself writes on nodes: which corpora assert a node (owner first). */
	public static final String CORPUS = "corpus";

	public static final String CORPORA = "corpora";

	/** A corpus's node, and its relationship to each node it asserts but does not own (the owner is {@link #CORPUS}). */
	public static final String CORPUS_LABEL = "Corpus";

	public static final String ASSERTS = "ASSERTS";

	/** The first and last day a dated fact can hold (Neo4j dates, from the {@link Time} declarations). */
	public static final String VALID_FROM = "validFrom";

	public static final String VALID_UNTIL = "validUntil";

	/** Added by as-of answers to a node or relationship the source gives no start date for. */
	public static final String UNDATED = "undated";

	static final Pattern LABEL_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

	static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	static final Pattern PROPERTY_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

	/** Names no declaration may take: normgraph's own, or the API's beside a node's properties. */
	static final Set<String> RESERVED_LABELS = Set.of(ENTITY, CORPUS_LABEL);

	static final Set<String> RESERVED_TYPES = Set.of(ASSERTS);

	static final Set<String> RESERVED_NODE_PROPERTIES = Set.of(CORPUS, CORPORA, VALID_FROM, VALID_UNTIL, UNDATED,
			"labels", "depth", "path", "provenance");

	static final Set<String> RESERVED_RELATIONSHIP_PROPERTIES = Set.of(CORPUS, VALID_FROM, VALID_UNTIL, UNDATED, "id",
			"type", "start", "end");

	private final Map<String, PropertySpec> everyNode;

	private final Map<String, PropertySpec> everyRelationship;

	private final Map<String, LabelSpec> labels;

	private final Map<String, TypeSpec> types;

	/** Who first declared each label and type: {@link #BUILT_IN} or a corpus id. */
	private final Map<String, String> declaredBy;

	/** The origin of the built-in declarations. */
	public static final String BUILT_IN = "built-in";

	Schema(Map<String, PropertySpec> everyNode, Map<String, PropertySpec> everyRelationship,
			Map<String, LabelSpec> labels, Map<String, TypeSpec> types, Map<String, String> declaredBy) {
		this.everyNode = Collections.unmodifiableMap(new LinkedHashMap<>(everyNode));
		this.everyRelationship = Collections.unmodifiableMap(new LinkedHashMap<>(everyRelationship));
		this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
		this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
		this.declaredBy = Map.copyOf(declaredBy);
	}

	/** The schema a declaration of its own makes (the built-in one). */
	public static Schema of(SchemaDeclaration declaration) {
		Map<String, String> declaredBy = new LinkedHashMap<>();
		declaration.labels().keySet().forEach((label) -> declaredBy.put(label, BUILT_IN));
		declaration.types().keySet().forEach((type) -> declaredBy.put(type, BUILT_IN));
		return new Schema(declaration.everyNode(), declaration.everyRelationship(), declaration.labels(),
				declaration.types(), declaredBy);
	}

	/**
	 * This schema extended by a corpus's declaration: new labels and types are added, known ones
	 * may gain properties and endpoints but keep their shape.
	 * @param corpus the id of the declaring corpus, named in messages and in {@link #declaredBy}
	 */
	public Extension extend(SchemaDeclaration declaration, String corpus) {
		return new SchemaMerger(this, declaration, corpus).merge();
	}

	/** Who first declared a label or type: {@link #BUILT_IN} or a corpus id. */
	public String declaredBy(String labelOrType) {
		return this.declaredBy.getOrDefault(labelOrType, BUILT_IN);
	}

	Map<String, String> declaredBy() {
		return this.declaredBy;
	}

	/** A schema extended, or the problems that kept it from being extended. */
	public record Extension(Schema schema, List<SchemaProblem> problems) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

	public Map<String, LabelSpec> labels() {
		return this.labels;
	}

	public Map<String, TypeSpec> types() {
		return this.types;
	}

	public Map<String, PropertySpec> everyNode() {
		return this.everyNode;
	}

	public Map<String, PropertySpec> everyRelationship() {
		return this.everyRelationship;
	}

	public Optional<LabelSpec> label(String name) {
		return Optional.ofNullable(this.labels.get(name));
	}

	public Optional<TypeSpec> type(String name) {
		return Optional.ofNullable(this.types.get(name));
	}

	/** Every property a node of this label may have: those of every node, then its own. */
	public Map<String, PropertySpec> nodeProperties(String label) {
		return merged(this.everyNode, this.labels.get(label).properties());
	}

	/** Every property a relationship of this type may have: those of every one, then its own. */
	public Map<String, PropertySpec> relationshipProperties(String type) {
		return merged(this.everyRelationship, this.types.get(type).properties());
	}

	/** The labels that play a role, in declaration order. */
	public Set<String> labelsWith(LabelRole role) {
		return this.labels.values()
			.stream()
			.filter((label) -> label.role() == role)
			.map(LabelSpec::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The types that play any of these roles, in declaration order. */
	public Set<String> typesWith(TypeRole... roles) {
		Set<TypeRole> wanted = Set.of(roles);
		return this.types.values()
			.stream()
			.filter((type) -> type.role() != null && wanted.contains(type.role()))
			.map(TypeSpec::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** The role of a label, or null when it has none or is unknown. */
	public @Nullable LabelRole roleOf(String label) {
		LabelSpec spec = this.labels.get(label);
		return (spec != null) ? spec.role() : null;
	}

	/** The name of the property that plays this role on this label, if any. */
	public Optional<String> propertyWith(String label, PropertyRole role) {
		return nodeProperties(label).values()
			.stream()
			.filter((property) -> property.role() == role)
			.map(PropertySpec::name)
			.findFirst();
	}

	/** Every node property of type text, the full-text index's properties, sorted. */
	public Set<String> searchableProperties() {
		Set<String> names = new TreeSet<>();
		this.everyNode.values().stream().filter(Schema::searchable).forEach((property) -> names.add(property.name()));
		this.labels.values()
			.forEach((label) -> label.properties()
				.values()
				.stream()
				.filter(Schema::searchable)
				.forEach((property) -> names.add(property.name())));
		return names;
	}

	private static boolean searchable(PropertySpec property) {
		return property.type() == ValueType.TEXT;
	}

	private static Map<String, PropertySpec> merged(Map<String, PropertySpec> common, Map<String, PropertySpec> own) {
		Map<String, PropertySpec> all = new LinkedHashMap<>(common);
		all.putAll(own);
		return all;
	}

}
