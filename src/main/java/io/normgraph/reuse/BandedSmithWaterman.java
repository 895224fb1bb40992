package io.normgraph.reuse;

import io.normgraph.text.Words;

/**
 * Smith-Waterman local alignment over words (match +2, mismatch -1, gap -1), restricted to a box
 * of both texts and a band of diagonals around a chain of shared shingles, so its cost is the
 * box's length times the band's width, never the product of two long texts' lengths.
 */
final class BandedSmithWaterman {

	static final int MATCH = 2;

	static final int MISMATCH = -1;

	static final int GAP = -1;

	private static final byte STOP = 0;

	private static final byte DIAGONAL = 1;

	private static final byte UP = 2;

	private static final byte LEFT = 3;

	private static final byte START = 4;

	private BandedSmithWaterman() {
	}

	/**
	 * The best local alignment of words {@code [a0, a1)} of {@code a} with {@code [b0, b1)} of
	 * {@code b} on diagonals {@code i - j} in {@code [dLo, dHi]}, as {@code {aStart, aEnd, bStart,
	 * bEnd}} (ends exclusive), or null when no word matches.
	 */
	static int[] align(Words a, int a0, int a1, Words b, int b0, int b1, int dLo, int dHi) {
		int rows = a1 - a0;
		int width = dHi - dLo + 1;
		int[] previous = new int[width + 2];
		int[] current = new int[width + 2];
		byte[] moves = new byte[rows * width];
		int best = 0;
		int bestRow = -1;
		int bestOffset = -1;
		for (int r = 0; r < rows; r++) {
			int i = a0 + r;
			int ai = a.hash(i);
			for (int o = 0; o < width; o++) {
				int j = i - dHi + o;
				if (j < b0 || j >= b1) {
					current[o + 1] = 0;
					continue;
				}
				int diagonal = previous[o + 1] + ((ai == b.hash(j)) ? MATCH : MISMATCH);
				int up = previous[o + 2] + GAP;
				int left = current[o] + GAP;
				int h = 0;
				byte move = STOP;
				if (diagonal > h) {
					h = diagonal;
					move = (previous[o + 1] == 0) ? START : DIAGONAL;
				}
				if (up > h) {
					h = up;
					move = UP;
				}
				if (left > h) {
					h = left;
					move = LEFT;
				}
				current[o + 1] = h;
				moves[r * width + o] = move;
				if (h > best) {
					best = h;
					bestRow = r;
					bestOffset = o;
				}
			}
			int[] swap = previous;
			previous = current;
			current = swap;
			current[width + 1] = 0;
		}
		if (bestRow < 0) {
			return null;
		}
		int r = bestRow;
		int o = bestOffset;
		while (moves[r * width + o] != START) {
			switch (moves[r * width + o]) {
				case DIAGONAL -> r--;
				case UP -> {
					r--;
					o++;
				}
				case LEFT -> o--;
				default -> throw new IllegalStateException("alignment trace left the path");
			}
		}
		int aStart = a0 + r;
		int bStart = aStart - dHi + o;
		int aEnd = a0 + bestRow + 1;
		int bEnd = aEnd - 1 - dHi + bestOffset + 1;
		return new int[] { aStart, aEnd, bStart, bEnd };
	}

}
