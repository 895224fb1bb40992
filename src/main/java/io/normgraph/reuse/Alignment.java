package io.normgraph.reuse;

import java.util.List;

/**
 * The aligned passages of texts a and b as word ranges {@code {aStart, aEnd, bStart, bEnd}} (ends
 * exclusive), with the share of each text's words inside them and the texts' shingle Jaccard.
 */
record Alignment(List<int[]> spans, double aShare, double bShare, double similarity) {
}
