package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * A property a label or relationship type declares.
 *
 * @param name camelCase, as in the CSV header and the graph
 * @param type what its values are
 * @param required whether every row must give it
 * @param references for an {@link ValueType#ID id}, the label the node it names must have
 * @param time for a {@link ValueType#DATE date}, how it places the fact in time
 * @param event for a date, the name of the event it marks on the timeline (signed, adopted…)
 * @param role what it is to normgraph's features
 * @param description what it means, for readers of the schema
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PropertySpec(String name, ValueType type, boolean required, @Nullable String references,
		@Nullable Time time, @Nullable String event, @Nullable PropertyRole role, @Nullable String description) {

	/** Whether two declarations of the same property agree on everything that shapes the data. */
	boolean sameShape(PropertySpec other) {
		return this.type == other.type && java.util.Objects.equals(this.references, other.references)
				&& this.time == other.time && this.role == other.role;
	}

	/** How the shape reads in a message, e.g. {@code date (time: start)}. */
	String shape() {
		StringBuilder shape = new StringBuilder(this.type.word());
		if (this.references != null) {
			shape.append(" references ").append(this.references);
		}
		if (this.time != null) {
			shape.append(" time ").append(this.time.word());
		}
		if (this.role != null) {
			shape.append(" role ").append(this.role.word());
		}
		return shape.toString();
	}

}
