package io.normgraph.system;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets the JVM give back the heap a burst of work (a whole-graph export, a big answer) made it
 * commit, once the application is idle. G1, the collector {@code java -jar} picks on a server
 * machine, grows the heap with the allocation rate and, without a full collection, keeps it
 * committed however little is live; an idle server never collects. So on G1, unless the user set
 * {@code -XX:G1PeriodicGCInterval} themselves, it is set (a manageable flag, JEP 346): after
 * {@link #IDLE} without a collection the JVM runs a concurrent cycle, which returns free heap to
 * the system. {@code bin/normgraph} runs the serial collector with tight free ratios, which shrinks
 * on its own, and is left as it is.
 */
@Component
class IdleHeapRelease {

	static final String FLAG = "G1PeriodicGCInterval";

	/** Long enough never to fire while requests keep the collector busy anyway. */
	static final Duration IDLE = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(IdleHeapRelease.class);

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(GarbageCollectorMXBean::getName)
			.toList();
		try {
			interval(collectors, hotSpot.getVMOption(FLAG)).ifPresent((millis) -> {
				hotSpot.setVMOption(FLAG, millis);
				logger.debug("Idle heap release: " + FLAG + "=" + millis);
			});
		}
		catch (IllegalArgumentException ex) {
			// A JVM without the flag (not HotSpot, or too old): nothing to release this way.
			logger.debug("Idle heap release unavailable: " + ex.getMessage());
		}
	}

	/**
	 * The interval to set, in milliseconds: only under G1 and only where the flag is still the
	 * JVM's default.
	 */
	static Optional<String> interval(List<String> collectors, VMOption current) {
		boolean g1 = collectors.stream().anyMatch((name) -> name.startsWith("G1 "));
		if (!g1 || current.getOrigin() != VMOption.Origin.DEFAULT) {
			return Optional.empty();
		}
		return Optional.of(String.valueOf(IDLE.toMillis()));
	}

}
