package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.normgraph.text.Words;

/** Turns an alignment of two indexed provisions into a finding, with spans in characters. */
final class Findings {

	private Findings() {
	}

	/**
	 * @param aIsLater whether the alignment's text a is the later one
	 */
	static ReuseFinding of(ReuseIndex index, int later, TextProfile laterText, int earlier, TextProfile earlierText,
			boolean aIsLater, boolean directed, Alignment alignment, double score) {
		int l = aIsLater ? 0 : 2;
		int e = aIsLater ? 2 : 0;
		Words lw = laterText.words();
		Words ew = earlierText.words();
		List<ReusedSpan> spans = new ArrayList<>();
		for (int[] s : alignment.spans()) {
			spans.add(new ReusedSpan(lw.start(s[l]), lw.end(s[l + 1] - 1), ew.start(s[e]), ew.end(s[e + 1] - 1)));
		}
		spans.sort(Comparator.comparingInt(ReusedSpan::laterStart));
		return new ReuseFinding(index.id(later), index.id(earlier), index.instrumentId(index.instrumentOf(later)),
				index.instrumentId(index.instrumentOf(earlier)), directed, alignment.similarity(),
				aIsLater ? alignment.aShare() : alignment.bShare(), aIsLater ? alignment.bShare() : alignment.aShare(),
				score, List.copyOf(spans));
	}

}
