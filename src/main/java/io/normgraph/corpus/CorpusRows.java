package io.normgraph.corpus;

import java.util.List;
import java.util.Map;

import io.normgraph.graph.GraphRelationship;

/**
 * A parsed corpus: typed rows that remember where they came from.
 */
record CorpusRows(List<NodeRow> nodes, List<RelationshipRow> relationships) {

	/** Where a row was read. */
	record Origin(String file, long line) {

		ImportProblem problem(String column, String message) {
			return new ImportProblem(this.file, this.line, column, message);
		}

		@Override
		public String toString() {
			return this.file + ":" + this.line;
		}

	}

	/** A node: its label and every non-empty property, {@code id} included. */
	record NodeRow(String label, Map<String, Object> properties, Origin origin) {

		String id() {
			return (String) this.properties.get("id");
		}

	}

	/** A relationship: its type, endpoint ids and every non-empty property but the endpoints. */
	record RelationshipRow(String type, String from, String to, Map<String, Object> properties, Origin origin) {

		/** Its identity in the graph: type, ends, source and locator (also the API's relationship id). */
		String key() {
			return GraphRelationship.key(this.type, this.from, this.to, this.properties.get("source"),
					this.properties.get("locator"));
		}

	}

}
