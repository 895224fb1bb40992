package io.normgraph.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

import io.normgraph.diff.DiffSegment.Kind;
import io.normgraph.text.Words;

/**
 * A word-level diff of two texts, with java-diff-utils' Myers algorithm in its linear-space form
 * (memory follows the texts' length, not the product of their lengths). Words are compared
 * without case ({@link Words}); the segments cover both texts from start to end, in order, and
 * each offset points at a word boundary in the original text, so a view can cut the texts at
 * them and highlight each piece.
 */
public final class WordDiff {

	private WordDiff() {
	}

	public static List<DiffSegment> diff(String from, String to) {
		Words a = Words.of(from);
		Words b = Words.of(to);
		Patch<String> patch = DiffUtils.diff(a.normalised(), b.normalised(), new MyersDiffWithLinearSpace<>(), null,
				true);
		List<int[]> runs = new ArrayList<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int i = delta.getSource().getPosition();
			int j = delta.getTarget().getPosition();
			int[] run = { kind(delta.getType()).ordinal(), i, i + delta.getSource().size(), j,
					j + delta.getTarget().size() };
			int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && last[0] != Kind.EQUAL.ordinal() && run[0] != Kind.EQUAL.ordinal()) {
				// the linear-space algorithm reports a replacement as a delete and an insert side by side
				runs.set(runs.size() - 1, new int[] { Kind.REPLACE.ordinal(), last[1], run[2], last[3], run[4] });
			}
			else {
				runs.add(run);
			}
		}
		List<DiffSegment> segments = new ArrayList<>(runs.size());
		for (int[] run : runs) {
			segments.add(new DiffSegment(Kind.values()[run[0]], start(a, run[1], run[2]), end(a, run[1], run[2]),
					start(b, run[3], run[4]), end(b, run[3], run[4])));
		}
		return segments;
	}

	private static Kind kind(DeltaType type) {
		return switch (type) {
			case EQUAL -> Kind.EQUAL;
			case INSERT -> Kind.INSERT;
			case DELETE -> Kind.DELETE;
			case CHANGE -> Kind.REPLACE;
		};
	}

	/** Where words {@code [i, end)} start; for no words, where the gap before word {@code i} starts. */
	private static int start(Words words, int i, int end) {
		return (i < end) ? words.start(i) : words.boundary(i);
	}

	private static int end(Words words, int i, int end) {
		return (i < end) ? words.end(end - 1) : words.boundary(i);
	}

}
