package io.normgraph.corpus;

/**
 * An uploaded archive that cannot be read as a corpus: not a zip, unsafe, or too large.
 */
public class CorpusArchiveException extends IllegalArgumentException {

	CorpusArchiveException(String message) {
		super(message);
	}

}
