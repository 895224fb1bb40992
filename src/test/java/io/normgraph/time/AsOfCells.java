package io.normgraph.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The as-of benchmarks' harness: each cell is the same query asked without a date and with one,
 * over REST and over a raw Bolt session (the same statements, {@code LineageStatements}); the
 * four calls alternate, so a busy moment of the shared machine falls on every side alike, after
 * every cell has been warmed. A cell may run over several roots (the call takes the round).
 */
public final class AsOfCells {

	/** One query: its four calls, each given the round (to pick a root). */
	public record Cell(String name, IntFunction<?> rest, IntFunction<?> restAsOf, IntFunction<?> raw, IntFunction<?> rawAsOf) {
	}

	private final List<Cell> cells = new ArrayList<>();

	private final StringBuilder table = new StringBuilder(
			"| query | REST median | REST as of median | REST ratio | REST as of p99 | raw median | raw as of median | raw ratio |\n"
					+ "|---|---:|---:|---:|---:|---:|---:|---:|\n");

	public void add(Cell cell) {
		this.cells.add(cell);
	}

	/** Warms every cell, then times each, and writes the table to {@code file} (and stdout). */
	public String run(int warmUp, int runs, Path file, String heading) throws IOException {
		for (Cell cell : this.cells) {
			for (int i = 0; i < warmUp; i++) {
				cell.rest().apply(i);
				cell.restAsOf().apply(i);
				cell.raw().apply(i);
				cell.rawAsOf().apply(i);
			}
		}
		for (Cell cell : this.cells) {
			long[][] times = new long[4][runs];
			for (int i = 0; i < runs; i++) {
				times[0][i] = time(cell.rest(), i);
				times[1][i] = time(cell.restAsOf(), i);
				times[2][i] = time(cell.raw(), i);
				times[3][i] = time(cell.rawAsOf(), i);
			}
			for (long[] side : times) {
				Arrays.sort(side);
			}
			double rest = median(times[0]);
			double restAsOf = median(times[1]);
			double raw = median(times[2]);
			double rawAsOf = median(times[3]);
			this.table.append(String.format("| %s | %.2f | %.2f | %.2fx | %.2f | %.2f | %.2f | %.2fx |%n", cell.name(), rest,
					restAsOf, restAsOf / rest, times[1][(int) (runs * 0.99)] / 1e6, raw, rawAsOf, rawAsOf / raw));
		}
		String report = "## " + heading + "\n\nms, " + runs + " timed calls of each side per cell after " + warmUp
				+ " warm-up calls\n\n" + this.table;
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println(report);
		return report;
	}

	private static long time(IntFunction<?> call, int round) {
		long start = System.nanoTime();
		call.apply(round);
		return System.nanoTime() - start;
	}

	private static double median(long[] sorted) {
		return sorted[sorted.length / 2] / 1e6;
	}

}
