package io.normgraph.corpus;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.data.neo4j.core.Neo4jPersistenceExceptionTranslator;

import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.References.Target;

/**
 * The staging statements of one run, written behind the reading: up to {@link #PARALLEL} at
 * once, each in a transaction of its own on a thread of its own, while the caller reads and
 * checks the next batch (the database's work is most of an import's, and one transaction uses
 * one core). Staged rows are out of readers' sight, so the order in which batches commit does
 * not matter to readers; what the checks need is kept here until a batch is known to be written:
 * its node ids (their {@link Target} and where they were read) and its relationship keys, so that
 * a duplicate split between two batches in flight is still found and a reference to a row in
 * flight still resolves. Answers are handed back on the caller's thread, in the order the batches
 * were sent. Holds at most {@link #PARALLEL} + 1 batches.
 */
final class StagingWrites implements AutoCloseable {

	/** Staging transactions at once (the machine this was measured on has two cores). */
	static final int PARALLEL = 2;

	/** Attempts at one statement before its failure fails the import. */
	static final int ATTEMPTS = 10;

	private static final Log logger = LogFactory.getLog(StagingWrites.class);

	private static final Neo4jPersistenceExceptionTranslator TRANSLATOR = new Neo4jPersistenceExceptionTranslator();

	private static final AtomicInteger THREADS = new AtomicInteger();

	private final Driver driver;

	private final ExecutorService threads = Executors.newFixedThreadPool(PARALLEL, (work) -> {
		Thread thread = new Thread(work, "normgraph-staging-" + THREADS.incrementAndGet());
		thread.setDaemon(true);
		return thread;
	});

	private final ArrayDeque<Write> sent = new ArrayDeque<>();

	private final Map<String, Node> nodes = new HashMap<>();

	private final Map<String, Origin> keys = new HashMap<>();

	/** A node row in flight: what its id will name, and where it was read. */
	record Node(Target target, Origin origin) {
	}

	private record Write(Future<List<Map<String, Object>>> answer, List<String> ids, List<String> keys,
			Consumer<List<Map<String, Object>>> then) {
	}

	StagingWrites(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Sends a staging statement, once fewer than {@link #PARALLEL} are in flight (earlier answers
	 * are handed to their callbacks first).
	 * @param nodes the node rows it stages, by id
	 * @param keys the relationship rows it stages, by key, with where they were read
	 * @param then what to do with its records, on this thread, once it is written
	 */
	void send(String cypher, Map<String, Object> parameters, Map<String, Node> nodes, Map<String, Origin> keys,
			Consumer<List<Map<String, Object>>> then) {
		while (!this.sent.isEmpty() && (this.sent.size() >= PARALLEL || this.sent.peek().answer().isDone())) {
			finish(this.sent.poll());
		}
		this.nodes.putAll(nodes);
		this.keys.putAll(keys);
		Future<List<Map<String, Object>>> answer = this.threads.submit(() -> write(cypher, parameters));
		this.sent.add(new Write(answer, List.copyOf(nodes.keySet()), List.copyOf(keys.keySet()), then));
	}

	/** Waits for every statement sent and hands each answer back: afterwards the database has every row. */
	void drain() {
		while (!this.sent.isEmpty()) {
			finish(this.sent.poll());
		}
	}

	/** A node row sent but not known to be written yet. */
	@Nullable Node node(String id) {
		return this.nodes.get(id);
	}

	/** Where a relationship row sent but not known to be written yet was read. */
	@Nullable Origin key(String key) {
		return this.keys.get(key);
	}

	/**
	 * Waits for every statement still running (so that nothing is written after the caller
	 * removes what was staged), without their answers, and stops the threads.
	 */
	@Override
	public void close() {
		try {
			for (Write write : this.sent) {
				try {
					Shares.join(write.answer());
				}
				catch (RuntimeException | Error ex) {
					// the failure that made the caller close, or a later one: the caller discards the staging either way
				}
			}
			this.sent.clear();
		}
		finally {
			this.threads.shutdown();
		}
	}

	/**
	 * One statement in a transaction of its own, tried again at once when the database asks for
	 * it: two transactions adding relationships to the same nodes can make one of them read
	 * outdated data, which it finds at commit (its work is rolled back, so running it again is
	 * safe). The driver's own retry would wait a second or more and log each attempt as a warning.
	 */
	private List<Map<String, Object>> write(String cypher, Map<String, Object> parameters) {
		for (int attempt = 1;; attempt++) {
			try (Session session = this.driver.session(); Transaction transaction = session.beginTransaction()) {
				List<Map<String, Object>> answer = transaction.run(cypher, parameters).list(Record::asMap);
				transaction.commit();
				return answer;
			}
			catch (TransientException ex) {
				if (attempt == ATTEMPTS) {
					throw translated(ex);
				}
				logger.debug("Staging statement tried again (attempt " + (attempt + 1) + "): " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				throw translated(ex);
			}
		}
	}

	/** The failure as the rest of the import sees a failed statement (the {@link org.springframework.data.neo4j.core.Neo4jClient}'s). */
	private static RuntimeException translated(RuntimeException failure) {
		RuntimeException translated = TRANSLATOR.translateExceptionIfPossible(failure);
		return (translated != null) ? translated : failure;
	}

	private void finish(Write write) {
		List<Map<String, Object>> answer = Shares.join(write.answer());
		write.ids().forEach(this.nodes::remove);
		write.keys().forEach(this.keys::remove);
		write.then().accept(answer);
	}

}
