package io.normgraph.synthetic;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The largest heap still in use right after a collection, from the JVM's GC notifications,
 * while the import runs: close to the import's live set, which is what -Xmx must hold. Only the
 * heap's pools count (the collectors also report metaspace and the code cache, which -Xmx does
 * not bound; before 2026-12-01 they were counted, so earlier figures are 100-200 MiB high).
 */
public final class LiveHeap implements NotificationListener {

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toUnmodifiableSet());

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private volatile long peak;

	public LiveHeap() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
				this.emitters.add(emitter);
			}
		}
	}

	@Override
	public void handleNotification(Notification notification, Object handback) {
		if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
			return;
		}
		GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
			.from((CompositeData) notification.getUserData());
		this.peak = Math.max(this.peak, heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
	}

	/** The heap in use among a collection's pools, metaspace and code cache left out. */
	long heapUsed(Map<String, MemoryUsage> pools) {
		return pools.entrySet()
			.stream()
			.filter((pool) -> this.heapPools.contains(pool.getKey()))
			.mapToLong((pool) -> pool.getValue().getUsed())
			.sum();
	}

	public long stop() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this);
			}
			catch (ListenerNotFoundException ex) {
				// already gone
			}
		}
		return this.peak;
	}

}
