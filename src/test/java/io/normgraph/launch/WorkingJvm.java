package io.normgraph.launch;

/**
 * The JVM that does a started application's work: {@code java -jar} without options relaunches
 * itself in a child JVM ({@link Relaunch}), which then serves and imports while the parent only
 * waits; a benchmark that samples memory must look at the child.
 */
public final class WorkingJvm {

	private WorkingJvm() {
	}

	/** The relaunched child's pid when there is one, otherwise the process's own. */
	public static long pid(Process process) {
		return process.descendants()
			.filter((child) -> child.info().command().orElse("").endsWith("java"))
			.mapToLong(ProcessHandle::pid)
			.findFirst()
			.orElse(process.pid());
	}

}
