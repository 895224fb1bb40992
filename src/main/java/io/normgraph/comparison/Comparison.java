package io.normgraph.comparison;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One instrument against another: a row per unit of {@code instrument} and derivation from
 * units of {@code against}, ordered by the units' numbers.
 */
public record Comparison(String instrument, String against, List<Row> rows) {

	/** A provision named by id, name and number. */
	public record ProvisionRef(String id, String name, @Nullable String number) {
	}

	/**
	 * @param type the derivation's relationship type
	 * @param properties every property of the derivation (issue, kind and deviation are the
	 * built-in schema's; a corpus's own derivation types bring their own)
	 */
	public record Row(ProvisionRef provision, List<ProvisionRef> counterparts, String type, @Nullable String issue,
			@Nullable String kind, @Nullable String deviation, @Nullable String source, @Nullable String locator,
			java.util.Map<String, Object> properties) {
	}

}
