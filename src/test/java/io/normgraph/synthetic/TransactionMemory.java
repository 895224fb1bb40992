package io.normgraph.synthetic;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The largest memory Neo4j accounts to a running transaction (SHOW TRANSACTIONS), polled every second. */
public final class TransactionMemory {

	private volatile boolean running = true;

	private volatile long peak;

	private final Thread sampler;

	public TransactionMemory(Driver driver) {
		this.sampler = new Thread(() -> {
			while (this.running) {
				try (Session session = driver.session()) {
					for (var record : session.run("SHOW TRANSACTIONS YIELD estimatedUsedHeapMemory AS heap, "
							+ "currentQueryAllocatedBytes AS query RETURN heap, query").list()) {
						long used = record.get("heap").isNull() ? 0 : record.get("heap").asLong();
						this.peak = Math.max(this.peak, used);
					}
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException ex) {
					// the database is busy or stopping: try again
				}
			}
		}, "transaction-memory-sampler");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	public long stop() {
		this.running = false;
		this.sampler.interrupt();
		return this.peak;
	}

}
