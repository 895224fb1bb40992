package io.normgraph.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relaunched child's JVM options when the user gave {@code java} options of their own: the
 * fast start's, less each one the user set (by name, or by what it decides: a collector, the
 * compilers, the initial heap, the heap's free ratios, class-data sharing), then the user's in
 * their order, so that the user's option always wins. Options that attach a tool to the JVM the
 * user started (an agent, a debugger, a flight recording) keep the application in that JVM.
 */
final class JvmOptions {

	/** What attaches a tool to this JVM: relaunching would run it twice, or in the wrong process. */
	private static final Pattern TOOL = Pattern.compile("-agentlib:.*|-agentpath:.*|-javaagent:.*|-Xrunjdwp.*|-Xdebug"
			+ "|-XX:StartFlightRecording.*|-XX:\\+FlightRecorder");

	/** Options that decide one thing together: the user's choice of one drops all of ours. */
	private static final List<Pattern> GROUPS = List.of(Pattern.compile("-XX:[+-]Use\\w*GC"),
			Pattern.compile("-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation|-Xint|-Xcomp|-Xmixed"),
			Pattern.compile("-Xms.*|-XX:InitialHeapSize=.*"),
			Pattern.compile("-XX:(Min|Max)HeapFreeRatio=.*"),
			Pattern.compile("-Xshare:.*|-XX:SharedArchiveFile=.*|-XX:ArchiveClassesAtExit=.*|-XX:SharedClassListFile=.*"));

	private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\S+)|-XX:MaxHeapSize=(\\S+)");

	private static final Pattern INITIAL_HEAP = Pattern.compile("-Xms(\\S+)|-XX:InitialHeapSize=(\\S+)");

	private JvmOptions() {
	}

	/** Whether one of the user's options attaches a tool to this JVM ({@link #TOOL}). */
	static boolean attachesTool(List<String> users) {
		return users.stream().anyMatch((option) -> TOOL.matcher(option).matches());
	}

	/** Ours, less what the user set, then the user's. */
	static List<String> merge(List<String> ours, List<String> users) {
		OptionalLong usersMaxHeap = lastSize(MAX_HEAP, users);
		List<String> merged = new ArrayList<>();
		for (String option : ours) {
			if (users.stream().noneMatch((user) -> decidesTheSame(user, option))
					&& !exceeds(option, usersMaxHeap)) {
				merged.add(option);
			}
		}
		merged.addAll(users);
		return merged;
	}

	/** Same name ({@code -XX:Name}, {@code -Dname}, {@code -Xmx}), or both in one of the {@link #GROUPS}. */
	private static boolean decidesTheSame(String user, String ours) {
		if (name(user).equals(name(ours))) {
			return true;
		}
		return GROUPS.stream().anyMatch((group) -> group.matcher(user).matches() && group.matcher(ours).matches());
	}

	/** An initial heap of ours larger than the maximum the user set would stop the JVM at start. */
	private static boolean exceeds(String ours, OptionalLong usersMaxHeap) {
		OptionalLong initial = lastSize(INITIAL_HEAP, List.of(ours));
		return initial.isPresent() && usersMaxHeap.isPresent() && initial.getAsLong() > usersMaxHeap.getAsLong();
	}

	/** What an option sets: {@code -XX:Name}, {@code -Dname}, {@code -Xmx}; otherwise the whole option. */
	static String name(String option) {
		if (option.startsWith("-XX:")) {
			String flag = option.substring(4);
			flag = (flag.startsWith("+") || flag.startsWith("-")) ? flag.substring(1) : flag;
			int equals = flag.indexOf('=');
			return "-XX:" + ((equals < 0) ? flag : flag.substring(0, equals));
		}
		if (option.startsWith("-D")) {
			int equals = option.indexOf('=');
			return (equals < 0) ? option : option.substring(0, equals);
		}
		for (String sized : List.of("-Xms", "-Xmx", "-Xss", "-Xmn")) {
			if (option.startsWith(sized)) {
				return sized;
			}
		}
		return option;
	}

	private static OptionalLong lastSize(Pattern pattern, List<String> options) {
		OptionalLong size = OptionalLong.empty();
		for (String option : options) {
			Matcher matcher = pattern.matcher(option);
			if (matcher.matches()) {
				String value = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
				size = bytes(value);
			}
		}
		return size;
	}

	/** {@code 256m}, {@code 2g}, {@code 1048576}: bytes, or empty when it is not a size. */
	static OptionalLong bytes(String size) {
		Matcher matcher = Pattern.compile("(\\d+)([kmgt]?)").matcher(size.toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			return OptionalLong.empty();
		}
		long value = Long.parseLong(matcher.group(1));
		int shift = switch (matcher.group(2)) {
			case "k" -> 10;
			case "m" -> 20;
			case "g" -> 30;
			case "t" -> 40;
			default -> 0;
		};
		return OptionalLong.of(value << shift);
	}

}
