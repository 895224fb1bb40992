package io.normgraph.comparison;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One instrument against another: a row per provision of {@code instrument} that derives
 * from provisions of {@code against}, ordered by provision number.
 */
public record Comparison(String instrument, String against, List<Row> rows) {

	/** A provision named by id, name and number. */
	public record ProvisionRef(String id, String name, @Nullable String number) {
	}

	public record Row(ProvisionRef provision, List<ProvisionRef> counterparts, @Nullable String issue,
			@Nullable String kind, @Nullable String deviation, @Nullable String source, @Nullable String locator) {
	}

}
