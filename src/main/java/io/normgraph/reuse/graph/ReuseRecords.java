package io.normgraph.reuse.graph;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.normgraph.reuse.InstrumentReuse;
import io.normgraph.reuse.ReuseFinding;
import io.normgraph.reuse.ReuseRun;
import io.normgraph.reuse.ReuseSettings;
import io.normgraph.reuse.ReusedSpan;

/**
 * How a run's findings are kept in the graph: the rows of the {@code REUSES} relationships
 * ({@code from} the later text, {@code to} the earlier, and their properties) and the
 * properties of the run's Source node. Every relationship is {@code inferred: true} and has no
 * {@code corpus}: no source asserts it, so no corpus import or removal ever takes it for its own.
 */
final class ReuseRecords {

	static final String METHOD = "winnowed 4-word shingles, boilerplate by frequency, banded Smith-Waterman alignment";

	static final String INFERRED = "inferred";

	static final String LEVEL = "level";

	static final String PROVISION = "provision";

	static final String INSTRUMENT = "instrument";

	static final String RUN_PREFIX = "reuse-run-";

	private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private ReuseRecords() {
	}

	/** A run's id, which is also its Source node's id and the locator of what it found. */
	static String runId(Instant started) {
		return RUN_PREFIX + RUN_ID.format(started);
	}

	/** A provision-level finding as a relationship row. */
	static Map<String, Object> row(ReuseFinding finding, String run) {
		Map<String, Object> properties = common(run, finding.directed());
		properties.put(LEVEL, PROVISION);
		properties.put("score", finding.score());
		properties.put("similarity", finding.similarity());
		properties.put("containment", finding.containment());
		properties.put("earlierShare", finding.earlierShare());
		properties.put("laterInstrument", finding.laterInstrument());
		properties.put("earlierInstrument", finding.earlierInstrument());
		List<ReusedSpan> spans = finding.spans();
		properties.put("laterStarts", spans.stream().map(ReusedSpan::laterStart).toList());
		properties.put("laterEnds", spans.stream().map(ReusedSpan::laterEnd).toList());
		properties.put("earlierStarts", spans.stream().map(ReusedSpan::earlierStart).toList());
		properties.put("earlierEnds", spans.stream().map(ReusedSpan::earlierEnd).toList());
		return Map.of("from", finding.later(), "to", finding.earlier(), "properties", properties);
	}

	/** An instrument-level roll-up as a relationship row; its score is the share. */
	static Map<String, Object> row(InstrumentReuse reuse, String run) {
		Map<String, Object> properties = common(run, reuse.directed());
		properties.put(LEVEL, INSTRUMENT);
		properties.put("score", reuse.share());
		properties.put("share", reuse.share());
		properties.put("provisions", reuse.provisions());
		return Map.of("from", reuse.later(), "to", reuse.earlier(), "properties", properties);
	}

	/** A provision-level relationship's properties back as a finding (for the roll-up of stored findings). */
	static ReuseFinding finding(String later, String earlier, Map<String, Object> p) {
		List<?> ls = (List<?>) p.get("laterStarts");
		List<?> le = (List<?>) p.get("laterEnds");
		List<?> es = (List<?>) p.get("earlierStarts");
		List<?> ee = (List<?>) p.get("earlierEnds");
		List<ReusedSpan> spans = new java.util.ArrayList<>();
		for (int i = 0; i < ls.size(); i++) {
			spans.add(new ReusedSpan(number(ls.get(i)), number(le.get(i)), number(es.get(i)), number(ee.get(i))));
		}
		return new ReuseFinding(later, earlier, (String) p.get("laterInstrument"), (String) p.get("earlierInstrument"),
				Boolean.TRUE.equals(p.get("directed")), decimal(p.get("similarity")), decimal(p.get("containment")),
				decimal(p.get("earlierShare")), decimal(p.get("score")), spans);
	}

	/** The Source node that describes a run: what it did, with which parameters, when, by which version. */
	static Map<String, Object> source(String run, Instant started, ReuseSettings settings, String scope, String version,
			ReuseRun counts) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", run);
		properties.put("source", run);
		properties.put("locator", run);
		properties.put("name", "normgraph text-reuse detection, run " + run);
		properties.put("title", "normgraph text-reuse detection, run " + run);
		properties.put("author", "normgraph " + version);
		properties.put("date", started.atZone(ZoneOffset.UTC).toLocalDate().toString());
		properties.put("startedAt", started.toString());
		properties.put("method", METHOD);
		properties.put("parameters", settings.toString());
		properties.put("scope", scope);
		properties.put("version", version);
		properties.put("reuseRun", true);
		properties.put("provisionsRead", counts.provisions());
		properties.put("provisionsCompared", counts.compared());
		properties.put("candidates", counts.candidates());
		properties.put("findings", counts.findings());
		return properties;
	}

	private static Map<String, Object> common(String run, boolean directed) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(INFERRED, true);
		properties.put("directed", directed);
		properties.put("method", METHOD);
		properties.put("source", run);
		properties.put("locator", run);
		return properties;
	}

	private static int number(Object value) {
		return ((Number) value).intValue();
	}

	private static double decimal(Object value) {
		return ((Number) value).doubleValue();
	}

}
