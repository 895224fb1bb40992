package io.normgraph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * The schema language: the built-in declaration, a corpus's additions, and every way a
 * declaration can be wrong, each reported at its line with what is allowed.
 */
class SchemaTests {

	private final SchemaDeclarations yaml = new SchemaDeclarations();

	@Test
	void theBuiltInSchemaDeclaresTheModelWithRoles() {
		Schema schema = BuiltInSchema.get();
		assertThat(schema.labelsWith(LabelRole.PROVISION)).containsExactly("Provision");
		assertThat(schema.typesWith(TypeRole.DERIVATION)).containsExactly("DERIVES_FROM");
		assertThat(schema.typesWith(TypeRole.STANCE)).containsExactly("SUPPORTS", "OPPOSES");
		assertThat(schema.type("OPPOSES").orElseThrow().polarity()).isEqualTo(Polarity.OPPOSITION);
		assertThat(schema.nodeProperties("Meeting")).containsKeys("id", "name", "source", "locator", "startDate");
		assertThat(schema.nodeProperties("Meeting").get("startDate").time()).isEqualTo(Time.START);
		assertThat(schema.relationshipProperties("SUPPORTS").get("meeting").references()).isEqualTo("Meeting");
		assertThat(schema.propertyWith("Provision", PropertyRole.TEXT)).hasValue("text");
		assertThat(schema.searchableProperties()).contains("name", "text", "summary", "quote", "heading")
			.doesNotContain("number", "id", "locator");
		assertThat(schema.type("PART_OF").orElseThrow().allows("Provision", "Instrument")).isTrue();
		assertThat(schema.type("PART_OF").orElseThrow().allows("Provision", "Forum")).isFalse();
		assertThat(schema.type("OPPOSES").orElseThrow().allows("Actor", "Meeting")).isTrue();
		assertThat(schema.type("OPPOSES").orElseThrow().allows("Forum", "Meeting")).isFalse();
	}

	/**
	 * schema/built-in.yml read again (as at start), not the copy read once: it declares what
	 * every node and every relationship has, and the built-in schema declared every label and
	 * type in it, so a corpus that adds a property to one of them does not become its declarer.
	 */
	@Test
	void theBuiltInFileDeclaresWhatEveryRowHasAndEveryLabelAndTypeAsBuiltIn() {
		Schema schema = BuiltInSchema.load();
		assertThat(schema.everyNode()).containsOnlyKeys(BuiltInSchema.get().everyNode().keySet())
			.containsKeys("id", "name", "source", "locator", "quote", "summary");
		assertThat(schema.everyNode().get("source").references()).isEqualTo("Source");
		assertThat(schema.everyRelationship()).containsKeys("from", "to", "source", "locator", "quote", "note");
		assertThat(schema.everyRelationship().get("from").required()).isTrue();
		assertThat(schema.nodeProperties("Meeting")).containsKeys("id", "name", "startDate");
		assertThat(schema.relationshipProperties("SUPPORTS")).containsKeys("from", "to", "meeting");
		assertThat(schema.labels()).containsOnlyKeys(BuiltInSchema.get().labels().keySet());
		assertThat(schema.types()).containsOnlyKeys(BuiltInSchema.get().types().keySet());
		Schema.Extension extended = schema.extend(this.yaml.read(
				"labels:",
				"  Actor:",
				"    properties:",
				"      iso2: string",
				"relationships:",
				"  SUPPORTS:",
				"    properties:",
				"      strength: integer"), "trade");
		assertThat(extended.problems()).isEmpty();
		assertThat(extended.schema().declaredBy("Actor")).isEqualTo(Schema.BUILT_IN);
		assertThat(extended.schema().declaredBy("SUPPORTS")).isEqualTo(Schema.BUILT_IN);
		assertThat(extended.schema().relationshipProperties("SUPPORTS")).containsKeys("strength", "meeting", "from");
	}

	/** A property of a corpus's label or type may reference only a label the merged schema has. */
	@Test
	void aDeclaredPropertyReferencesOnlyAKnownLabel() {
		SchemaDeclaration declared = this.yaml.read(
				"labels:",
				"  Agreement:",
				"    role: instrument",
				"    properties:",
				"      depositary: {type: id, references: Depositary}",
				"      forum: {type: id, references: Forum}",
				"relationships:",
				"  PARTY_TO:",
				"    connects: Actor -> Agreement",
				"    properties:",
				"      via: {type: id, references: Treaty}");
		assertThat(this.yaml.problems).isEmpty();
		Schema.Extension extension = BuiltInSchema.get().extend(declared, "trade");
		assertThat(extension.problems()).extracting(SchemaProblem::line, SchemaProblem::message)
			.containsExactlyInAnyOrder(
					tuple(5, "property 'depositary' of 'Agreement' references unknown label 'Depositary'; known labels: "
							+ "Actor, Agreement, Assessment, Claim, Decision, Forum, Instrument, Meeting, Provision, Source, Version"),
					tuple(11, "property 'via' of 'PARTY_TO' references unknown label 'Treaty'; known labels: "
							+ "Actor, Agreement, Assessment, Claim, Decision, Forum, Instrument, Meeting, Provision, Source, Version"));
	}

	@Test
	void aCorpusAddsLabelsTypesRolesAndPropertiesAndExtendsKnownOnes() {
		SchemaDeclaration declared = this.yaml.read(
				"labels:",
				"  Agreement:",
				"    role: instrument",
				"    properties:",
				"      signed: {type: date, time: start, event: signed}",
				"      inForce: {type: date, event: entered into force}",
				"      tariffCut: number",
				"      parties: array",
				"  Article:",
				"    role: provision",
				"    properties:",
				"      body: {type: text, role: text}",
				"  Actor:",
				"    properties:",
				"      iso2: string",
				"relationships:",
				"  PARTY_TO:",
				"    role: membership",
				"    connects: Actor -> Agreement",
				"    properties:",
				"      since: {type: date, time: start}",
				"      until: {type: date, time: end}",
				"  PART_OF:",
				"    connects: [\"Article -> Agreement\"]");
		assertThat(this.yaml.problems).isEmpty();
		Schema.Extension extension = BuiltInSchema.get().extend(declared, "trade");
		assertThat(extension.problems()).isEmpty();
		Schema schema = extension.schema();
		assertThat(schema.labelsWith(LabelRole.INSTRUMENT)).containsExactly("Instrument", "Agreement");
		assertThat(schema.nodeProperties("Agreement").get("tariffCut").type()).isEqualTo(ValueType.DECIMAL);
		assertThat(schema.nodeProperties("Agreement").get("parties").type()).isEqualTo(ValueType.LIST);
		assertThat(schema.nodeProperties("Actor")).containsKeys("region", "iso2");
		assertThat(schema.typesWith(TypeRole.MEMBERSHIP)).containsExactly("MEMBER_OF", "PARTY_TO");
		assertThat(schema.type("PART_OF").orElseThrow().allows("Article", "Agreement")).isTrue();
		assertThat(schema.type("PART_OF").orElseThrow().allows("Provision", "Instrument")).isTrue();
		assertThat(schema.propertyWith("Article", PropertyRole.TEXT)).hasValue("body");
		assertThat(schema.searchableProperties()).contains("body");
		assertThat(schema.declaredBy("Agreement")).isEqualTo("trade");
		assertThat(schema.declaredBy("Actor")).isEqualTo(Schema.BUILT_IN);
	}

	@Test
	void reportsEveryMalformedDeclarationAtItsLineWithWhatIsAllowed() {
		this.yaml.read(
				"labels:",
				"  Agreement:",
				"    role: treaty",
				"    properties:",
				"      rate: float",
				"      signed: {type: string, time: start}",
				"      corpus: string",
				"  trade_bloc:",
				"    role: actor",
				"relationships:",
				"  PARTY_TO:",
				"    role: stance",
				"    connects: Actor to Agreement",
				"  inspired:",
				"    connects: Agreement -> Agreement");
		assertThat(this.yaml.problems).extracting(SchemaProblem::line, SchemaProblem::message)
			.containsExactlyInAnyOrder(
					tuple(3, "unknown role of label 'Agreement' 'treaty'; allowed: source, instrument, provision, forum, "
							+ "meeting, decision, actor, assessment, claim, version"),
					tuple(5, "unknown value type 'float' for property 'rate' of 'Agreement'; allowed: string, text, "
							+ "integer, decimal, boolean, date, list, id"),
					tuple(6, "property 'signed' of 'Agreement': only a date property can have a time or an event"),
					tuple(7, "'corpus' cannot be declared as a property of 'Agreement': it is one every row has or "
							+ "normgraph's own (corpora, corpus, depth, id, labels, locator, name, path, provenance, quote, "
							+ "source, summary, undated, validFrom, validUntil)"),
					tuple(8, "'trade_bloc' cannot be a label: labels are PascalCase (Agreement, TradeBloc) and not one of "
							+ Schema.RESERVED_LABELS),
					tuple(11, "relationship type 'PARTY_TO': a stance needs a polarity (support, opposition, neutral) and "
							+ "only a stance has one"),
					tuple(13, "connects of 'PARTY_TO': 'Actor to Agreement' is not of the form 'FromLabel | OtherLabel -> "
							+ "ToLabel' (* for any label)"),
					tuple(14, "'inspired' cannot be a relationship type: types are UPPER_SNAKE_CASE (PARTY_TO) and not one of "
							+ Schema.RESERVED_TYPES));
	}

	@Test
	void aCorpusCannotReshapeWhatTheSchemaAlreadyHas() {
		SchemaDeclaration declared = this.yaml.read(
				"labels:",
				"  Actor:",
				"    role: provision",
				"    properties:",
				"      region: integer",
				"relationships:",
				"  DERIVES_FROM:",
				"    role: cross-reference",
				"  INSPIRED_BY:",
				"    role: derivation",
				"  QUOTES:",
				"    connects: Provision -> Treaty");
		assertThat(this.yaml.problems).isEmpty();
		Schema.Extension extension = BuiltInSchema.get().extend(declared, "other");
		assertThat(extension.valid()).isFalse();
		assertThat(extension.schema()).isSameAs(BuiltInSchema.get());
		assertThat(extension.problems()).extracting(SchemaProblem::line, SchemaProblem::message)
			.containsExactlyInAnyOrder(
					tuple(2, "label 'Actor' is declared by the built-in schema with role actor; a corpus may add "
							+ "properties to it but not give it role provision"),
					tuple(5, "property 'region' of label 'Actor' is string as declared by the built-in schema; it cannot "
							+ "be integer here"),
					tuple(7, "relationship type 'DERIVES_FROM' is declared by the built-in schema with role derivation; a "
							+ "corpus may add properties and endpoints to it but not change its role"),
					tuple(9, "relationship type 'INSPIRED_BY' is not in the schema: declare the labels it connects "
							+ "(connects: [\"FromLabel -> ToLabel\"]) to add it; known types: ABOUT, ADOPTED_BY, ASSESSES, "
							+ "CITES, CONCERNS, CROSS_REFERENCES, DERIVES_FROM, ESTABLISHED_BY, FOLLOWS, HELD_BY, MEMBER_OF, NAMES, "
							+ "NEGOTIATED_IN, OPPOSES, PARTICIPATED_IN, PART_OF, PROMOTES, PURSUED_IN, REUSES, SUPERSEDES, SUPPORTS, "
							+ "TAKEN_AT, VERSION_OF, WORKS_WITH"),
					tuple(11, "relationship type 'QUOTES' connects unknown label 'Treaty'; known labels: Actor, Assessment, "
							+ "Claim, Decision, Forum, Instrument, Meeting, Provision, Source, Version"));
	}

	@Test
	void valueTypesParseCellsOrSayWhy() {
		assertThat(ValueType.DECIMAL.parse("0.75")).isEqualTo(0.75);
		assertThat(ValueType.DECIMAL.parse("-3")).isEqualTo(-3.0);
		assertThat(ValueType.INTEGER.parse("+12")).isEqualTo(12L);
		assertThat(ValueType.BOOLEAN.parse("TRUE")).isEqualTo(true);
		assertThat(ValueType.BOOLEAN.parse("0")).isEqualTo(false);
		assertThat(ValueType.LIST.parse(" usa; chn ;; jpn")).isEqualTo(java.util.List.of("usa", "chn", "jpn"));
		assertThat(ValueType.DATE.parse("2008-06")).isEqualTo("2008-06");
		assertThat(ValueType.named("yearmonth")).hasValue(ValueType.DATE);
		assertThat(ValueType.named("float")).isEmpty();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ValueType.DECIMAL.parse("1,5"))
			.withMessage("'1,5' is not a decimal number (e.g. 0.75)");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ValueType.BOOLEAN.parse("yes"))
			.withMessage("'yes' is not a boolean (true or false)");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ValueType.ID.parse("USA"))
			.withMessage("'USA' is not a lower-case kebab-case id such as trips-art-51");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ValueType.DATE.parse("2008-02-30"))
			.withMessageStartingWith("'2008-02-30' is not a date (");
	}

	@Test
	void partialDatesCoverTheirWholePeriod() {
		assertThat(PartialDate.earliest("2008")).hasToString("2008-01-01");
		assertThat(PartialDate.latest("2008")).hasToString("2008-12-31");
		assertThat(PartialDate.earliest("2008-02")).hasToString("2008-02-01");
		assertThat(PartialDate.latest("2008-02")).hasToString("2008-02-29");
		assertThat(PartialDate.latest("2008-02-10")).hasToString("2008-02-10");
		assertThat(PartialDate.isValid("08-02")).isFalse();
		assertThat(Ids.slug("My Trade Corpus (v2)")).isEqualTo("my-trade-corpus-v2");
		assertThat(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
	}

}
