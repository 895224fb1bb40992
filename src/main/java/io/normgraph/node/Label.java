package io.normgraph.node;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.normgraph.system.BadParameterException;

/**
 * The labels a caller may list: an allow-list, so a label reaches Cypher only as one of
 * these constants.
 */
enum Label {

	Instrument, Provision, Forum, Meeting, Decision, Actor, Source, Assessment, Claim;

	static Label parse(String value, String parameter) {
		for (Label label : values()) {
			if (label.name().equals(value)) {
				return label;
			}
		}
		throw new BadParameterException(parameter, parameter + " must be one of "
				+ Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
	}

}
