package io.normgraph.corpus;

/**
 * An example query a corpus ships ({@code queries/*.cypher} beside its CSV files), kept with the
 * corpus in the graph so the guides list it while the corpus is loaded.
 *
 * @param file its file name, e.g. {@code 01-who-is-party-when.cypher}
 * @param text the Cypher, comments included
 */
public record CorpusQuery(String file, String text) {
}
