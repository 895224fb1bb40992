package io.normgraph.synthetic;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The largest heap still in use right after a collection, from the JVM's GC notifications,
 * while the import runs: close to the import's live set, which is what -Xmx must hold.
 */
public final class LiveHeap implements NotificationListener {

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
		long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
		this.peak = Math.max(this.peak, used);
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
