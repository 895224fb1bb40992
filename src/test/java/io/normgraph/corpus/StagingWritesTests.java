package io.normgraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataAccessException;

import io.normgraph.corpus.CorpusRows.Origin;
import io.normgraph.corpus.References.Target;

/**
 * Staging statements written behind the reading: what is in flight is known until it is written,
 * answers come back in the order sent, a statement the database asks to retry is run again, and
 * closing waits for what still runs. The driver is a mock whose statements wait for the test.
 */
class StagingWritesTests {

	private static final Origin AT = new Origin("nodes/Actor.csv", 2);

	private final Driver driver = mock(Driver.class);

	private final Transaction transaction = mock(Transaction.class);

	/** Each statement's answer is its "n" parameter, once its latch (by n) is open. */
	private final List<CountDownLatch> open = List.of(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));

	private final AtomicInteger failures = new AtomicInteger();

	private final StagingWrites writes = new StagingWrites(this.driver);

	StagingWritesTests() {
		Session session = mock(Session.class);
		when(this.driver.session()).thenReturn(session);
		when(session.beginTransaction()).thenReturn(this.transaction);
		when(this.transaction.run(anyString(), anyMap())).thenAnswer((call) -> {
			int n = (Integer) call.<Map<String, Object>>getArgument(1).get("n");
			assertThat(this.open.get(n).await(10, TimeUnit.SECONDS)).isTrue();
			if (this.failures.getAndDecrement() > 0) {
				throw new TransientException("Neo.TransientError.Transaction.Outdated", "read outdated data");
			}
			Result result = mock(Result.class);
			when(result.list(any())).thenReturn(List.of(Map.of("n", n)));
			return result;
		});
	}

	@AfterEach
	void close() {
		this.open.forEach(CountDownLatch::countDown);
		this.writes.close();
	}

	@Test
	void rowsInFlightAreKnownUntilWrittenAndAnswersComeBackInOrder() {
		List<Object> answers = new ArrayList<>();
		this.writes.send("one", Map.of("n", 0), Map.of("a", node()), Map.of(), (answer) -> answers.add(answer));
		this.writes.send("two", Map.of("n", 1), Map.of(), Map.of("k", AT), (answer) -> answers.add(answer));
		assertThat(this.writes.node("a")).isEqualTo(node());
		assertThat(this.writes.key("k")).isEqualTo(AT);
		this.open.get(1).countDown();
		this.open.get(0).countDown();
		this.writes.drain();
		assertThat(answers).containsExactly(List.of(Map.of("n", 0)), List.of(Map.of("n", 1)));
		assertThat(this.writes.node("a")).isNull();
		assertThat(this.writes.key("k")).isNull();
	}

	@Test
	void atMostTwoStatementsRunAtOnce() throws InterruptedException {
		this.writes.send("one", Map.of("n", 0), Map.of(), Map.of(), (answer) -> {
		});
		this.writes.send("two", Map.of("n", 1), Map.of(), Map.of(), (answer) -> {
		});
		Thread third = new Thread(() -> this.writes.send("three", Map.of("n", 2), Map.of(), Map.of(), (answer) -> {
		}));
		third.start();
		third.join(300);
		assertThat(third.isAlive()).as("the third statement waits for the first").isTrue();
		this.open.get(0).countDown();
		third.join(10_000);
		assertThat(third.isAlive()).isFalse();
	}

	@Test
	void aStatementTheDatabaseAsksToRetryRunsAgain() {
		this.failures.set(2);
		this.open.get(0).countDown();
		List<Object> answers = new ArrayList<>();
		this.writes.send("one", Map.of("n", 0), Map.of(), Map.of(), answers::add);
		this.writes.drain();
		assertThat(answers).containsExactly(List.of(Map.of("n", 0)));
		verify(this.transaction, times(3)).run(anyString(), anyMap());
		verify(this.transaction, times(1)).commit();
	}

	@Test
	void aStatementThatKeepsFailingFailsAsTheDatabaseClientWould() {
		this.failures.set(StagingWrites.ATTEMPTS);
		this.open.get(0).countDown();
		this.writes.send("one", Map.of("n", 0), Map.of(), Map.of(), (answer) -> {
		});
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(this.writes::drain)
			.withMessageContaining("read outdated data");
	}

	@Test
	void closingWaitsForTheStatementsStillRunning() throws InterruptedException {
		this.writes.send("one", Map.of("n", 0), Map.of(), Map.of(), (answer) -> {
		});
		Thread closing = new Thread(this.writes::close);
		closing.start();
		closing.join(300);
		assertThat(closing.isAlive()).as("closing waits for the running statement").isTrue();
		this.open.get(0).countDown();
		closing.join(10_000);
		assertThat(closing.isAlive()).isFalse();
		verify(this.transaction).commit();
	}

	private static StagingWrites.Node node() {
		return new StagingWrites.Node(new Target("Actor", true, false), AT);
	}

}
