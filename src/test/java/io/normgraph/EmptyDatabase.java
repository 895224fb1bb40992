package io.normgraph;

import java.util.List;

import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/** For slice tests over a real service on a deep-stubbed {@link Neo4jClient}: every statement finds no record. */
public final class EmptyDatabase {

	private EmptyDatabase() {
	}

	public static void findsNothing(Neo4jClient client) {
		given(client.query(anyString()).bindAll(anyMap()).fetchAs(Record.class).mappedBy(any()).all()).willReturn(List.of());
	}

}
