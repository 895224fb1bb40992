package io.normgraph.reuse;

import org.jspecify.annotations.Nullable;

/**
 * A provision as detection sees it: its id, its instrument's id and date (an ISO partial date,
 * {@code 2008}, {@code 2008-06} or {@code 2008-06-30}, or null when unknown) and its text (null
 * or too short: skipped and counted).
 */
public record ProvisionText(String id, String instrumentId, @Nullable String instrumentDate, @Nullable String text) {
}
