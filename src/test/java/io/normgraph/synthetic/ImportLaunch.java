package io.normgraph.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link ImportSpeedBenchmark} starts the packaged import: {@code launcher:jit}, e.g.
 * {@code java-jar:c1} or {@code bin:both}. The launcher is {@code java-jar} ({@code java -Xmx… -jar
 * target/normgraph.jar import DIR}, which relaunches itself with the fast start's options and the
 * user's) or {@code bin} ({@code JAVA_OPTS=-Xmx… bin/normgraph import DIR}); the compilers are
 * {@code default} (what the command chooses), {@code c1} (the client compiler only, named by the
 * user: {@code -XX:TieredStopAtLevel=1}) or {@code both} (C1 and C2: {@code NORMGRAPH_JIT=full}).
 * The command runs under {@code /usr/bin/time -v} where there is one, for its CPU seconds and
 * peak resident set (the relaunched child's included).
 */
record ImportLaunch(String launcher, String jit) {

	private static final Path TIME = Path.of("/usr/bin/time");

	private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");

	private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

	private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

	static List<ImportLaunch> parse(String variants) {
		List<ImportLaunch> launches = new ArrayList<>();
		for (String variant : variants.split(",")) {
			String[] parts = variant.strip().split(":", 2);
			ImportLaunch launch = new ImportLaunch(parts[0], (parts.length > 1) ? parts[1] : "default");
			if (!List.of("java-jar", "bin").contains(launch.launcher)
					|| !List.of("default", "c1", "both").contains(launch.jit)) {
				throw new IllegalArgumentException("benchmark.variants: " + variant
						+ " is not launcher:jit (launcher java-jar or bin, jit default, c1 or both)");
			}
			launches.add(launch);
		}
		return launches;
	}

	@Override
	public String toString() {
		return this.launcher + ":" + this.jit;
	}

	/** The process to start: the command's arguments go after {@code import}. */
	ProcessBuilder process(Path jar, String heap, Path gcLog, Path time, List<String> arguments) {
		List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
		if ("c1".equals(this.jit)) {
			jvm.add("-XX:TieredStopAtLevel=1");
		}
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(TIME)) {
			command.addAll(List.of(TIME.toString(), "-v", "-o", time.toString()));
		}
		if ("bin".equals(this.launcher)) {
			command.add(Path.of("bin/normgraph").toAbsolutePath().toString());
		}
		else {
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(jvm);
			command.addAll(List.of("-jar", jar.toString()));
		}
		command.add("import");
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> environment = builder.environment();
		environment.remove("NORMGRAPH_JIT");
		environment.remove("JAVA_OPTS");
		if ("both".equals(this.jit)) {
			environment.put("NORMGRAPH_JIT", "full");
		}
		if ("bin".equals(this.launcher)) {
			environment.put("NORMGRAPH_JAR", jar.toAbsolutePath().toString());
			environment.put("JAVA_OPTS", String.join(" ", jvm));
		}
		return builder;
	}

	/** CPU seconds (user and system) and peak RSS in MiB from /usr/bin/time -v's report, or -1 without one. */
	static double[] cpuAndRss(Path time) throws IOException {
		if (!Files.isRegularFile(time)) {
			return new double[] { -1, -1 };
		}
		String report = Files.readString(time);
		return new double[] { number(USER, report) + number(SYSTEM, report), number(RSS, report) / 1024 };
	}

	private static double number(Pattern pattern, String report) {
		Matcher matcher = pattern.matcher(report);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
	}

}
