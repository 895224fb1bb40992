package io.normgraph.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of the schema language for an enum's constants: lower case, hyphens for
 * underscores ({@code CROSS_REFERENCE} is {@code cross-reference}).
 */
final class Vocabulary {

	private Vocabulary() {
	}

	static String word(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> word(constant).equals(word)).findFirst();
	}

	static <E extends Enum<E>> String words(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Vocabulary::word).collect(Collectors.joining(", "));
	}

}
