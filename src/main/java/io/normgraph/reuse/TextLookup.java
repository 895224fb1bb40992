package io.normgraph.reuse;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where verification reads texts from, a batch of ids at a time (the index keeps no texts, so
 * its memory does not grow with their length). Ids without a text may be left out.
 */
@FunctionalInterface
public interface TextLookup {

	Map<String, String> texts(Collection<String> ids);

	/** Texts held in memory, for tests, benchmarks and small corpora. */
	static TextLookup of(Map<String, String> texts) {
		return (ids) -> {
			Map<String, String> found = new HashMap<>();
			for (String id : ids) {
				String text = texts.get(id);
				if (text != null) {
					found.put(id, text);
				}
			}
			return found;
		};
	}

}
