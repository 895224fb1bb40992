package io.normgraph.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.schema.SchemaRegistry.SchemaChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The schema in force as the registry builds it from the corpora's kept corpus.yml (the rows its
 * one statement reads, given here without a database): the built-in schema extended in import
 * order, a declaration that no longer fits left out, and an event whenever the schema changed.
 */
class SchemaRegistryTests {

	private static final String AGREEMENTS = """
			name: Trade agreements
			labels:
			  Agreement:
			    role: instrument
			    properties:
			      signed: date
			""";

	private static final String AGREEMENTS_AS_PROVISIONS = """
			labels:
			  Agreement:
			    role: provision
			""";

	private final List<Map<String, Object>> corpora = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private final Neo4jClient client = mock(Neo4jClient.class, Answers.RETURNS_DEEP_STUBS);

	private final SchemaRegistry registry = new SchemaRegistry(this.client, this.events::add);

	SchemaRegistryTests() {
		given(this.client.query(SchemaRegistry.DECLARATIONS).fetch().all()).willAnswer((invocation) -> List.copyOf(this.corpora));
	}

	@Test
	void withoutCorporaOrWithCorporaThatDeclareNothingTheBuiltInSchemaIsInForceAndNothingChanged() {
		corpus("plain", "");
		corpus("named", "name: Only a name\nlicenses: [{name: CC-BY-4.0}]\n");
		assertThat(this.registry.current()).isSameAs(BuiltInSchema.get());
		this.registry.reload();
		assertThat(this.registry.current()).isSameAs(BuiltInSchema.get());
		assertThat(this.events).isEmpty();
	}

	@Test
	void aCorpusDeclarationExtendsTheBuiltInSchemaReadOnceAndSaysSo() {
		corpus("trade", AGREEMENTS);
		Schema schema = this.registry.current();
		assertThat(schema.roleOf("Agreement")).isEqualTo(LabelRole.INSTRUMENT);
		assertThat(schema.nodeProperties("Agreement")).containsKeys("signed", "id", "name");
		assertThat(schema.declaredBy("Agreement")).isEqualTo("trade");
		assertThat(schema.labels()).containsAllEntriesOf(BuiltInSchema.get().labels());
		assertThat(this.registry.current()).as("read once, until reloaded").isSameAs(schema);
		verify(this.client.query(SchemaRegistry.DECLARATIONS).fetch(), times(1)).all();
		assertThat(this.events).containsExactly(new SchemaChanged(schema));
		this.corpora.clear();
		this.registry.reload();
		assertThat(this.registry.current()).as("the corpus was removed").isSameAs(BuiltInSchema.get());
		assertThat(this.events).hasSize(2).last().isEqualTo(new SchemaChanged(BuiltInSchema.get()));
	}

	@Test
	void aDeclarationThatNoLongerFitsTheEarlierOnesIsLeftOutAndFitsOnceTheyAreGone() {
		corpus("trade", AGREEMENTS);
		corpus("later", AGREEMENTS_AS_PROVISIONS);
		assertThat(this.registry.current().roleOf("Agreement")).as("the earlier import wins").isEqualTo(LabelRole.INSTRUMENT);
		assertThat(this.registry.current().declaredBy("Agreement")).isEqualTo("trade");
		Schema withoutTrade = this.registry.without("trade");
		assertThat(withoutTrade.roleOf("Agreement")).isEqualTo(LabelRole.PROVISION);
		assertThat(withoutTrade.declaredBy("Agreement")).isEqualTo("later");
		assertThat(this.registry.without("later").roleOf("Agreement")).isEqualTo(LabelRole.INSTRUMENT);
		assertThat(this.registry.without("later").declaredBy("Agreement")).isEqualTo("trade");
		assertThat(this.registry.current().roleOf("Agreement")).as("without() changes nothing in force")
			.isEqualTo(LabelRole.INSTRUMENT);
	}

	@Test
	void withoutReadsTheCorporaWhenNothingWasReadYet() {
		corpus("trade", AGREEMENTS);
		corpus("other", "labels:\n  Treaty:\n    role: instrument\n");
		Schema withoutOther = this.registry.without("other");
		assertThat(withoutOther.roleOf("Agreement")).isEqualTo(LabelRole.INSTRUMENT);
		assertThat(withoutOther.labels()).doesNotContainKey("Treaty");
		assertThat(this.registry.current().labels()).containsKeys("Agreement", "Treaty");
	}

	private void corpus(String id, String manifest) {
		this.corpora.add(Map.of("id", id, "manifest", manifest));
	}

}
