package io.normgraph.node;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeQueriesTests {

	@Test
	void labelIsInlinedFromTheAllowListAndEverythingElseIsAParameter() {
		String cypher = NodeQueries.list("Provision").getCypher();
		assertThat(cypher).contains("(n:`Provision`)", "$name", "$skip", "$end", "size(found)");
	}

}
