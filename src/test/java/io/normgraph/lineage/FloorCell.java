package io.normgraph.lineage;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One comparison of {@link LineageFloorBenchmark}: REST against each single statement for one
 * root, direction and depth, with the size of the answer they agreed on. Each side is called
 * in turn, call by call, so a busy moment of the shared machine falls on all of them alike;
 * REST from other builds ({@link ComparedServers}), when there are any, too, in an order that
 * turns by one each round so that none always follows the same side.
 */
record FloorCell(String corpus, String query, int depth, int nodes, int relationships, Side rest, List<Side> statements,
		List<Side> servers, List<Side> breakdown) {

	/**
	 * A side: its name, the call, and the times measured (ns): wall clock, and the calling
	 * thread's CPU time, which for a side that runs in-process (no other thread does its work)
	 * shows its cost apart from the machine's load.
	 */
	record Side(String name, Runnable call, List<Long> times, List<Long> cpuTimes) {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		Side(String name, Runnable call) {
			this(name, call, new ArrayList<>(), new ArrayList<>());
		}

		double cpuMedian() {
			long[] sorted = this.cpuTimes.stream().mapToLong(Long::longValue).sorted().toArray();
			return sorted[sorted.length / 2] / 1e6;
		}

		double median() {
			return percentile(0.5);
		}

		double p90() {
			return percentile(0.9);
		}

		private double percentile(double p) {
			long[] sorted = this.times.stream().mapToLong(Long::longValue).sorted().toArray();
			return sorted[(int) (sorted.length * p)] / 1e6;
		}

		void time() {
			long cpu = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			this.call.run();
			this.times.add(System.nanoTime() - start);
			this.cpuTimes.add(THREADS.getCurrentThreadCpuTime() - cpu);
		}

	}

	/** Every cell warms up before any is timed, so no row measures the JIT. */
	static void run(List<FloorCell> cells, int warmUp, int runs) {
		for (FloorCell cell : cells) {
			for (int i = 0; i < warmUp; i++) {
				cell.sides(i).forEach((side) -> side.call().run());
			}
		}
		for (FloorCell cell : cells) {
			for (int i = 0; i < runs; i++) {
				cell.sides(i).forEach(Side::time);
			}
		}
	}

	/** Every side in the order of round {@code round}: the other builds' turned by one each round. */
	List<Side> sides(int round) {
		List<Side> sides = new ArrayList<>(List.of(this.rest));
		sides.addAll(this.statements);
		List<Side> servers = new ArrayList<>(this.servers);
		Collections.rotate(servers, round);
		sides.addAll(servers);
		sides.addAll(this.breakdown);
		return sides;
	}

	/**
	 * The median of {@code side}'s time minus {@code baseline}'s, round by round (ms): both
	 * were timed in every round, moments apart, so each difference has the same load on both.
	 */
	static double pairedMedian(Side side, Side baseline) {
		long[] differences = new long[side.times().size()];
		for (int i = 0; i < differences.length; i++) {
			differences[i] = side.times().get(i) - baseline.times().get(i);
		}
		Arrays.sort(differences);
		return differences[differences.length / 2] / 1e6;
	}

	Side best() {
		return this.statements.stream().min(Comparator.comparingDouble(Side::median)).orElseThrow();
	}

	/** Within 1.3x of the best statement, or 2 ms over it, whichever allows more. */
	boolean met() {
		return this.rest.median() <= Math.max(1.3 * best().median(), best().median() + 2);
	}

	static String table(List<FloorCell> cells) {
		StringBuilder table = new StringBuilder("""
				| corpus | lineage | depth | nodes | rels | REST median / p90 | best statement median / p90 | best statement | others (median) | REST / best | REST − best | target | where REST's time goes (median) |
				|---|---|---:|---:|---:|---:|---:|---|---|---:|---:|---|---|
				""");
		for (FloorCell cell : cells) {
			Side best = cell.best();
			StringBuilder others = new StringBuilder();
			cell.statements().stream()
				.filter((side) -> side != best)
				.forEach((side) -> others.append(String.format("%s %.2f; ", side.name(), side.median())));
			StringBuilder breakdown = new StringBuilder();
			cell.breakdown().forEach((side) -> breakdown.append(String.format("%s %.2f; ", side.name(), side.median())));
			cell.breakdown()
				.stream()
				.filter((side) -> side.name().contains("in-process"))
				.forEach((side) -> breakdown.append(String.format("%s, CPU %.2f; ", side.name(), side.cpuMedian())));
			table.append(String.format("| %s | %s | %d | %d | %d | %.2f / %.2f | %.2f / %.2f | %s | %s | %.2fx | %+.2f ms | %s | %s |%n",
					cell.corpus(), cell.query(), cell.depth(), cell.nodes(), cell.relationships(), cell.rest().median(),
					cell.rest().p90(), best.median(), best.p90(), best.name(), others.toString().strip(),
					cell.rest().median() / best.median(), cell.rest().median() - best.median(), cell.met() ? "met" : "**missed**",
					breakdown.toString().strip()));
		}
		return table.toString();
	}

	/**
	 * The other builds side by side: each one's REST median, its gap over the best statement
	 * (and whether that meets the target), and each against the first, round by round.
	 */
	static String serversTable(List<FloorCell> cells) {
		if (cells.isEmpty() || cells.get(0).servers().isEmpty()) {
			return "";
		}
		List<Side> first = cells.get(0).servers();
		StringBuilder table = new StringBuilder("| corpus | lineage | depth | nodes | best statement | REST (in-process build) |");
		StringBuilder rule = new StringBuilder("|---|---|---:|---:|---:|---:|");
		for (Side server : first) {
			table.append(' ').append(server.name()).append(" | − best |");
			rule.append("---:|---:|");
		}
		for (Side server : first.subList(1, first.size())) {
			table.append(' ').append(server.name()).append(" − ").append(first.get(0).name()).append(", paired median |");
			rule.append("---:|");
		}
		table.append('\n').append(rule).append('\n');
		for (FloorCell cell : cells) {
			double best = cell.best().median();
			table.append(String.format("| %s | %s | %d | %d | %.2f | %.2f |", cell.corpus(), cell.query(), cell.depth(),
					cell.nodes(), best, cell.rest().median()));
			for (Side server : cell.servers()) {
				double gap = server.median() - best;
				boolean met = server.median() <= Math.max(1.3 * best, best + 2);
				table.append(String.format(" %.2f | %+.2f%s |", server.median(), gap, met ? "" : " **missed**"));
			}
			for (Side server : cell.servers().subList(1, cell.servers().size())) {
				table.append(String.format(" %+.2f |", pairedMedian(server, cell.servers().get(0))));
			}
			table.append('\n');
		}
		return table.toString();
	}

}
