package io.normgraph.corpus;

import java.util.ArrayList;
import java.util.List;

import io.normgraph.corpus.CorpusRows.Origin;

/**
 * Where a staged row was read, as one number ({@code __at}): the file's index among the
 * corpus's files and the line, so that a problem found later (a duplicate, an unresolved
 * reference) still names its file and line without the row being kept.
 */
final class Origins {

	private static final int LINE_BITS = 40;

	private final List<String> files = new ArrayList<>();

	long at(Origin origin) {
		int file = this.files.indexOf(origin.file());
		if (file < 0) {
			file = this.files.size();
			this.files.add(origin.file());
		}
		return ((long) file << LINE_BITS) | origin.line();
	}

	Origin of(Object at) {
		long packed = ((Number) at).longValue();
		int file = (int) (packed >>> LINE_BITS);
		return new Origin((file < this.files.size()) ? this.files.get(file) : "?", packed & ((1L << LINE_BITS) - 1));
	}

}
