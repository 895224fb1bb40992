package io.normgraph.corpus;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How to import a corpus.
 *
 * @param id the corpus's id, instead of its corpus.yml's or its directory's (null: theirs)
 * @param dryRun validate and report without writing anything
 * @param conflicts what to do with values that contradict another corpus's
 */
public record ImportOptions(@Nullable String id, boolean dryRun, Conflicts conflicts) {

	public static final ImportOptions DEFAULT = new ImportOptions(null, false, Conflicts.FAIL);

	public static final ImportOptions DRY_RUN = new ImportOptions(null, true, Conflicts.FAIL);

	/** What an import does with a value that differs from one another corpus gave. */
	public enum Conflicts {

		/** Fail, listing every conflict (the default): nothing is overwritten silently. */
		FAIL,

		/** Keep both values side by side as claims about the node; the node keeps the value it had. */
		CLAIMS;

		/** {@code fail} or {@code claims}. */
		public static Conflicts parse(String value) {
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "fail" -> FAIL;
				case "claims" -> CLAIMS;
				default -> throw new IllegalArgumentException("conflicts must be fail or claims, not '" + value + "'");
			};
		}

	}

}
