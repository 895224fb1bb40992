package io.normgraph.reuse;

import java.util.List;

/**
 * Reuse found between two provisions of different instruments.
 *
 * @param later the provision that took the text (when {@code directed} is false, the one more
 * of whose text is shared, so that containment keeps its meaning)
 * @param earlier the provision it took the text from
 * @param laterInstrument the instrument of {@code later}
 * @param earlierInstrument the instrument of {@code earlier}
 * @param directed whether the instruments' dates decide which one is later
 * @param similarity Jaccard similarity of the two texts' word shingles, boilerplate included
 * @param containment share of the later text's words inside the spans: how much of it was taken
 * from the earlier one
 * @param earlierShare share of the earlier text's words inside the spans: how much of it
 * reappears in the later one
 * @param score what the threshold applies to: the larger of containment and earlierShare, so a
 * paragraph taken whole into a longer article scores high either way round
 * @param spans the aligned passages, in the later text's order
 */
public record ReuseFinding(String later, String earlier, String laterInstrument, String earlierInstrument,
		boolean directed, double similarity, double containment, double earlierShare, double score,
		List<ReusedSpan> spans) {
}
