package io.normgraph.time;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;
import io.normgraph.schema.PartialDate;
import io.normgraph.schema.Schema;
import io.normgraph.system.BadParameterException;

/**
 * The graph as it stood on a date. The {@code asOf} parameter is a partial date ({@code 2008},
 * {@code 2008-06}, {@code 2008-06-30}) read as its <em>last</em> day: {@code asOf=2008-06} is the
 * graph at the end of June 2008. A fact holds on that day when it has begun by then and not
 * ended before it, each bound by the day the importer stored from the schema's {@code time}
 * dates ({@link Schema#VALID_FROM}: the first day its earliest start can mean, so a fact dated
 * {@code 2008-06} counts from 1 June; {@link Schema#VALID_UNTIL}: the last day its latest end can
 * mean). A fact without a bound is open on that side: an undated fact always holds, and as-of
 * answers mark it {@link Schema#UNDATED}.
 * <p>
 * This class is the one place the rule is written: as Cypher text, as a Cypher-DSL condition and,
 * for dates that never reach the graph as bounds (timeline entries), on partial dates in Java.
 *
 * @param text the parameter as given
 * @param day the day it stands for
 */
public record AsOf(String text, LocalDate day) {

	/** How every {@code asOf} parameter is described in the API's documentation. */
	public static final String DESCRIPTION = "the graph as of this date: 2008, 2008-06 or 2008-06-30, read as its last day; "
			+ "undated facts are kept and marked undated";

	/** The Cypher parameter every as-of statement takes: a date, or null for no date. */
	public static final String PARAMETER = "asOf";

	/** {@code asOf} parsed; null when absent; {@link BadParameterException} naming it when malformed. */
	public static @Nullable AsOf parse(@Nullable String value) {
		return parse(value, PARAMETER);
	}

	public static @Nullable AsOf parse(@Nullable String value, String parameter) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String problem = PartialDate.problem(value);
		if (problem != null) {
			throw new BadParameterException(parameter, parameter + " '" + value + "' " + problem);
		}
		return new AsOf(value, PartialDate.latest(value));
	}

	/** The value of the {@link #PARAMETER} for this as-of date, or null. */
	public static @Nullable LocalDate parameter(@Nullable AsOf asOf) {
		return (asOf != null) ? asOf.day() : null;
	}

	/**
	 * {@code coalesce(x.validFrom <= $asOf, true) AND coalesce(x.validUntil >= $asOf, true)}: the
	 * rule for statements written as text, where {@code variable} names a node or relationship. A
	 * comparison with a missing date, or with no {@code $asOf}, is null and so holds. Written
	 * without OR: the planner turns an OR into a union with a distinct, which gathers every row
	 * before the first one streams out (an export as of a date).
	 */
	public static String holds(String variable) {
		String day = "$" + PARAMETER;
		return "(coalesce(" + variable + "." + Schema.VALID_FROM + " <= " + day + ", true) AND coalesce(" + variable
				+ "." + Schema.VALID_UNTIL + " >= " + day + ", true))";
	}

	/**
	 * The same rule for statements built with Cypher-DSL; {@code element} is a node's or
	 * relationship's symbolic name (or a list comprehension's variable).
	 */
	public static Condition holds(Expression element) {
		Expression day = Cypher.parameter(PARAMETER);
		var from = Cypher.property(element, Schema.VALID_FROM);
		var until = Cypher.property(element, Schema.VALID_UNTIL);
		return Cypher.coalesce(from.lte(day), Cypher.literalTrue()).asCondition()
			.and(Cypher.coalesce(until.gte(day), Cypher.literalTrue()).asCondition());
	}

	/** Whether an event dated {@code date} (a partial date, or null) has happened by this day; undated ones have. */
	public boolean reached(@Nullable String date) {
		return date == null || !PartialDate.isValid(date) || !PartialDate.earliest(date).isAfter(this.day);
	}

	/** The node, marked {@link Schema#UNDATED} when it has no start date and an as-of date was asked for. */
	public static GraphNode mark(@Nullable AsOf asOf, GraphNode node) {
		return (asOf != null && !node.properties().containsKey(Schema.VALID_FROM)) ? node.with(Schema.UNDATED, true)
				: node;
	}

	public static GraphRelationship mark(@Nullable AsOf asOf, GraphRelationship relationship) {
		return (asOf != null && !relationship.properties().containsKey(Schema.VALID_FROM))
				? relationship.with(Schema.UNDATED, true) : relationship;
	}

}
