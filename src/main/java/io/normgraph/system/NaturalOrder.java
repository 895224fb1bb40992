package io.normgraph.system;

import java.util.Comparator;

/**
 * Strings in natural order, so secure-std-2 comes before secure-std-10 and Article 9.2 before
 * Article 9.10: ids, provision numbers.
 */
public final class NaturalOrder {

	/**
	 * Ids in natural order, so secure-std-2 comes before secure-std-10: runs of digits compare
	 * by length, then digit by digit; everything else character by character. Walks the two
	 * strings without allocating, because a hub's derivation sorts tens of thousands of rows.
	 */
	public static final Comparator<String> COMPARATOR = (a, b) -> {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
				int x = digitsEnd(a, i);
				int y = digitsEnd(b, j);
				int order = Integer.compare(x - i, y - j);
				for (int k = 0; order == 0 && k < x - i; k++) {
					order = Character.compare(a.charAt(i + k), b.charAt(j + k));
				}
				if (order != 0) {
					return order;
				}
				i = x;
				j = y;
			}
			else if (a.charAt(i) != b.charAt(j)) {
				return Character.compare(a.charAt(i), b.charAt(j));
			}
			else {
				i++;
				j++;
			}
		}
		return Integer.compare(a.length() - i, b.length() - j);
	};

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}

	private NaturalOrder() {
	}

}
