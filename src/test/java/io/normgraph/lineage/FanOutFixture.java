package io.normgraph.lineage;

import java.util.ArrayList;
import java.util.List;

/**
 * The lineage fixture of LineageFanOutIT (in the database) and LineageWalkTests (in memory):
 * a provision lf-r in a section lf-s of an instrument lf-i, a ladder of DERIVES_FROM two wide
 * and six deep (2^k paths to layer k), a cross-reference that shortcuts it, and an origin that
 * the section, the instrument and a ladder node derive from.
 */
final class FanOutFixture {

	static final String INSTRUMENT = "lf-i";

	static final List<String> PROVISIONS = List.of("lf-s", "lf-r", "lf-origin", "lf-1a", "lf-1b", "lf-2a", "lf-2b",
			"lf-3a", "lf-3b", "lf-4a", "lf-4b", "lf-5a", "lf-5b", "lf-6a", "lf-6b");

	private FanOutFixture() {
	}

	/** Each relationship as [from, type, to, locator]. */
	static List<List<String>> links() {
		List<List<String>> links = new ArrayList<>();
		links.add(List.of("lf-r", "PART_OF", "lf-s", "fixture"));
		links.add(List.of("lf-s", "PART_OF", "lf-i", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1a", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1a", "fixture, again"));
		links.add(List.of("lf-r", "CROSS_REFERENCES", "lf-1a", "fixture"));
		links.add(List.of("lf-r", "DERIVES_FROM", "lf-1b", "fixture"));
		for (int k = 1; k < 6; k++) {
			for (String from : List.of("a", "b")) {
				for (String to : List.of("a", "b")) {
					links.add(List.of("lf-" + k + from, "DERIVES_FROM", "lf-" + (k + 1) + to, "fixture"));
				}
			}
		}
		links.add(List.of("lf-r", "CROSS_REFERENCES", "lf-3a", "fixture"));
		links.add(List.of("lf-s", "DERIVES_FROM", "lf-origin", "fixture"));
		links.add(List.of("lf-i", "DERIVES_FROM", "lf-origin", "fixture"));
		links.add(List.of("lf-2a", "DERIVES_FROM", "lf-origin", "fixture"));
		return links;
	}

}
