package io.normgraph.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which failures are memory faults, the one line each gets, and the 503 a request answers.
 */
class MemoryFaultsTests {

	@Test
	void heapExhaustionAnywhereInTheCausesNamesXmx() {
		Throwable failure = new ServletException("Handler dispatch failed",
				new IllegalStateException(new OutOfMemoryError("Java heap space")));

		String line = MemoryFaults.describe(failure, "GET /api/v1/exports/graphml", false);

		assertThat(line).startsWith("GET /api/v1/exports/graphml ran out of memory (Java heap space).")
			.contains("-Xmx")
			.contains("JAVA_OPTS=")
			.doesNotContain("\n");
	}

	@Test
	void theDatabasesTransactionMemoryNamesTheSettingOfEachMode() {
		Throwable failure = new TransientDataAccessResourceException("query failed",
				new TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
						"The allocation of an extra 2.0 MiB would use more than the limit 100.0 MiB.\\nMore lines"));

		assertThat(MemoryFaults.describe(failure, "The import", false))
			.contains("needed more memory than the database lets a transaction use")
			.contains("The allocation of an extra 2.0 MiB")
			.contains("-Xmx");
		assertThat(MemoryFaults.describe(failure, "The import", true)).contains("db.memory.transaction.total.max")
			.doesNotContain("-Xmx");
	}

	@Test
	void otherFailuresAreNotMemoryFaults() {
		assertThat(MemoryFaults.describe(new IllegalStateException("no"), "x", false)).isNull();
		assertThat(MemoryFaults.describe(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"), "x", false))
			.isNull();
		assertThat(MemoryFaults.describe(new StackOverflowError(), "x", false)).isNull();
	}

	@Test
	void otherLimitsNameTheirOwnSetting() {
		assertThat(MemoryFaults.describe(new OutOfMemoryError("Direct buffer memory"), "x", false))
			.contains("-XX:MaxDirectMemorySize");
		assertThat(MemoryFaults.describe(new OutOfMemoryError("Metaspace"), "x", false)).contains("MaxMetaspaceSize");
	}

	@Test
	void aStartThatRunsOutOfMemoryIsAnalysedInOneLine() {
		MemoryFaultFailureAnalyzer analyzer = new MemoryFaultFailureAnalyzer(new MockEnvironment());

		FailureAnalysis analysis = analyzer.analyze(new IllegalStateException(new OutOfMemoryError("Java heap space")));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).startsWith("Start-up ran out of memory (Java heap space).").contains("-Xmx");
		assertThat(analyzer.analyze(new IllegalStateException("port taken"))).isNull();
	}

	@Test
	void aRequestThatRunsOutOfMemoryAnswers503ProblemJson() throws Exception {
		MemoryFaultFilter filter = new MemoryFaultFilter(JsonMapper.builder().build(), false);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/exports/gexf");
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				throw new OutOfMemoryError("Java heap space");
			}
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"title\":\"Out of memory\"")
			.contains("GET /api/v1/exports/gexf ran out of memory (Java heap space)")
			.contains("-Xmx");
	}

	@Test
	void otherFailuresPassThroughTheFilter() {
		MemoryFaultFilter filter = new MemoryFaultFilter(JsonMapper.builder().build(), false);

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
					new MockFilterChain() {
						@Override
						public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res)
								throws IOException {
							throw new IOException("client went away");
						}
					}));
	}

	@Test
	void aThreadThatDiesOfAnythingElseIsReportedAsTheJdkWouldOnce() throws InterruptedException {
		Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
		java.io.PrintStream err = System.err;
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try {
			Thread.setDefaultUncaughtExceptionHandler(null);
			System.setErr(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
			MemoryFaults.reportUncaughtInOneLine();
			Thread dying = new Thread(() -> {
				throw new IllegalStateException("not memory");
			}, "dying");
			dying.start();
			dying.join();
		}
		finally {
			System.setErr(err);
			Thread.setDefaultUncaughtExceptionHandler(before);
		}
		String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(printed).startsWith("Exception in thread \"dying\" java.lang.IllegalStateException: not memory")
			.doesNotContain("StackOverflowError");
	}

}
