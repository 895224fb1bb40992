package io.normgraph.schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a relationship type means to normgraph's features, whatever the corpus calls it: a
 * corpus's {@code PARTY_TO} may play membership, its {@code AMENDS} derivation.
 */
public enum TypeRole {

	/** Structure (a provision part of an instrument): lineage is inherited along it. */
	CONTAINMENT,

	/** Lineage: the start derives from the end. Followed by lineage, derived-from and comparison. */
	DERIVATION,

	/** An explicit reference in the text. Followed by lineage by default. */
	CROSS_REFERENCE,

	/** An actor's position on a node; its {@link Polarity} says which way. */
	STANCE,

	/** Belonging to a forum or being party to an instrument, possibly for a period. */
	MEMBERSHIP,

	/** Taking part in a meeting. */
	PARTICIPATION,

	/** A meeting held by a forum. */
	HELD_BY,

	/** A decision taken at a meeting. */
	TAKEN_AT,

	/** What a decision is about. */
	SUBJECT,

	/** A decision acting on an earlier one. */
	SEQUENCE,

	/** An instrument or agenda taken to a forum: negotiated, adopted, pursued there. */
	FORUM,

	/** An actor pushing an instrument or a forum. */
	PROMOTION,

	/** A body created by another or at a meeting. */
	ESTABLISHMENT,

	/** A finding about a node. */
	ASSESSMENT,

	/** A claim about a node. */
	CLAIM,

	/** A source citing another. */
	CITATION,

	/** A version of a text, pointing at the text. */
	VERSION,

	/** A version pointing at the version it revises. */
	SUCCESSION,

	/** Text reuse found by the software: inferred, never asserted by a source. */
	REUSE;

	@JsonValue
	public String word() {
		return Vocabulary.word(this);
	}

}
