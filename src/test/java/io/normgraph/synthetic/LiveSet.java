package io.normgraph.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.normgraph.launch.WorkingJvm;

/**
 * The largest live heap of a running JVM process (the one given, or the JVM it relaunched itself
 * as), sampled every few seconds with {@code jcmd PID GC.class_histogram}: the histogram is taken
 * after a full collection, so its total is what is still reachable, without the garbage a G1
 * collection leaves. Each sample costs the process one full collection.
 */
final class LiveSet {

	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

	private final AtomicLong largest = new AtomicLong(-1);

	private final Thread sampler;

	private LiveSet(int seconds, Process process) {
		this.sampler = new Thread(() -> {
			while (process.isAlive()) {
				try {
					Thread.sleep(seconds * 1000L);
				}
				catch (InterruptedException ex) {
					return;
				}
				sample(WorkingJvm.pid(process));
			}
		}, "live-set-sampler");
		this.sampler.setDaemon(true);
		if (seconds > 0) {
			this.sampler.start();
		}
	}

	/** Samples {@code process} every {@code seconds} until it ends; 0 samples nothing. */
	static LiveSet every(int seconds, Process process) {
		return new LiveSet(seconds, process);
	}

	private void sample(long pid) {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		try {
			Process histogram = new ProcessBuilder(List.of(jcmd, Long.toString(pid), "GC.class_histogram"))
				.redirectErrorStream(true).start();
			String out = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			histogram.waitFor();
			Matcher total = TOTAL.matcher(out);
			if (total.find()) {
				this.largest.accumulateAndGet(Long.parseLong(total.group(1)) >> 20, Math::max);
			}
		}
		catch (IOException ex) {
			// the process ended between the check and the sample
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void stop() {
		this.sampler.interrupt();
	}

	/** The largest live heap sampled, in MiB; -1 when none was. */
	long largestMegabytes() {
		return this.largest.get();
	}

}
