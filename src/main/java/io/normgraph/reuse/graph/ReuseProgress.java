package io.normgraph.reuse.graph;

import org.jspecify.annotations.Nullable;

/**
 * How far a detection run has got, for the command's progress lines and the API's status.
 *
 * @param run the run's id (its Source node's id)
 * @param corpus the corpus whose provisions it compares, null for all
 * @param state running, finished or failed
 * @param phase indexing, comparing, writing or done
 * @param indexed provisions read and indexed
 * @param compared provisions compared against the index, of {@code toCompare}
 * @param findings findings so far
 * @param written relationships written so far (each transaction's), of {@code toWrite}
 * @param summary what the run did, once finished
 * @param error why it failed, once failed
 */
public record ReuseProgress(String run, @Nullable String corpus, String state, String phase, long indexed,
		long compared, long toCompare, long findings, long written, long toWrite, String startedAt, @Nullable ReuseSummary summary,
		@Nullable String error) {

	static final String RUNNING = "running";

	static final String FINISHED = "finished";

	static final String FAILED = "failed";

	ReuseProgress phase(String next) {
		return new ReuseProgress(this.run, this.corpus, this.state, next, this.indexed, this.compared, this.toCompare,
				this.findings, this.written, this.toWrite, this.startedAt, this.summary, this.error);
	}

	ReuseProgress indexed(long provisions) {
		return new ReuseProgress(this.run, this.corpus, this.state, "indexing", provisions, this.compared,
				this.toCompare, this.findings, this.written, this.toWrite, this.startedAt, this.summary, this.error);
	}

	ReuseProgress compared(long done, long total, long found) {
		return new ReuseProgress(this.run, this.corpus, this.state, "comparing", this.indexed, done, total, found,
				this.written, this.toWrite, this.startedAt, this.summary, this.error);
	}

	ReuseProgress written(long done, long total) {
		return new ReuseProgress(this.run, this.corpus, this.state, "writing", this.indexed, this.compared,
				this.toCompare, this.findings, done, total, this.startedAt, this.summary, this.error);
	}

	ReuseProgress finished(ReuseSummary result) {
		return new ReuseProgress(this.run, this.corpus, FINISHED, "done", this.indexed, this.compared, this.toCompare,
				result.run().findings(), this.written, this.toWrite, this.startedAt, result, null);
	}

	ReuseProgress failed(String why) {
		return new ReuseProgress(this.run, this.corpus, FAILED, this.phase, this.indexed, this.compared,
				this.toCompare, this.findings, this.written, this.toWrite, this.startedAt, null, why);
	}

}
