package io.normgraph.reuse;

/**
 * One aligned passage: characters {@code [laterStart, laterEnd)} of the later text were taken
 * from characters {@code [earlierStart, earlierEnd)} of the earlier one (with the edits the
 * alignment allows inside it). Offsets are into the original texts.
 */
public record ReusedSpan(int laterStart, int laterEnd, int earlierStart, int earlierEnd) {
}
