package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a label's nodes are to normgraph's features, whatever the corpus calls them: a corpus
 * of trade agreements may call its instruments {@code Agreement} and its provisions
 * {@code Article}, and lineage, comparison, text reuse and the timeline treat them as such.
 */
public enum LabelRole {

	/** A document facts are taken from: the target of every {@code source}. */
	SOURCE,

	/** A text as a whole (treaty, agreement, draft, declaration): compared, dated, versioned. */
	INSTRUMENT,

	/** A unit of a text (article, paragraph, standard): derived from, compared, checked for reuse. */
	PROVISION,

	/** An organisation or one of its bodies. */
	FORUM,

	/** One session of a forum: on the timeline, with its stances. */
	MEETING,

	/** An outcome of a meeting: on the timeline. */
	DECISION,

	/** Who takes stances and is a member or party. */
	ACTOR,

	/** A finding of a source's analysis. */
	ASSESSMENT,

	/** One side of a disagreement, kept beside the other. */
	CLAIM,

	/** One version of a text (draft, revised, adopted, amended). */
	VERSION;

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

}
