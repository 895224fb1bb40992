package io.normgraph.corpus;

/**
 * How far a running import has got. Rows are written inside one transaction, so none of them
 * is visible to readers until the last one is.
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
