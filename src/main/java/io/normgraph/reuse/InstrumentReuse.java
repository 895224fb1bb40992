package io.normgraph.reuse;

/**
 * The instrument-level roll-up of findings: the share of the later instrument's text (characters
 * of its provisions' texts) inside spans taken from provisions of the earlier one.
 *
 * @param provisions how many provisions of the later instrument took text from the earlier one
 */
public record InstrumentReuse(String later, String earlier, boolean directed, double share, int provisions) {
}
