package io.normgraph.corpus;

/**
 * How far a running import has got. New nodes are staged out of readers' sight and published
 * in one transaction with the rest, so none of a corpus is visible until all of it is.
 *
 * @param corpus where the corpus came from
 * @param rowsWritten rows written so far
 * @param rowsTotal rows to write
 */
public record ImportProgress(String corpus, long rowsWritten, long rowsTotal) {

	ImportProgress advance(int rows) {
		return new ImportProgress(this.corpus, this.rowsWritten + rows, this.rowsTotal);
	}

}
