package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.normgraph.synthetic.PlantedReuseCorpus;

/** A planted-reuse corpus run through the detector, with its findings, for the benchmarks. */
final class PlantedRun {

	final PlantedReuseCorpus corpus;

	final ReuseIndex index;

	final List<ReuseFinding> findings = new ArrayList<>();

	final ReuseRun run;

	final Map<String, String> texts = new HashMap<>();

	PlantedRun(PlantedReuseCorpus corpus, ReuseSettings settings) {
		this.corpus = corpus;
		this.index = new ReuseIndex(settings);
		corpus.provisions().forEach((p) -> this.texts.put(p.id(), p.text()));
		this.run = new ReuseDetector(settings).run(this.index, provisions(corpus), TextLookup.of(this.texts),
				this.findings::add);
	}

	static List<ProvisionText> provisions(PlantedReuseCorpus corpus) {
		return corpus.provisions().stream().map((p) -> new ProvisionText(p.id(), p.instrument(), p.date(), p.text()))
			.toList();
	}

	static String pair(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	/** The best finding of each unordered pair, at or over the threshold. */
	Map<String, ReuseFinding> found(double threshold) {
		Map<String, ReuseFinding> found = new HashMap<>();
		for (ReuseFinding f : this.findings) {
			if (f.score() >= threshold) {
				found.put(pair(f.later(), f.earlier()), f);
			}
		}
		return found;
	}

	double precision(double threshold) {
		Map<String, ReuseFinding> found = found(threshold);
		long right = found.values().stream().filter((f) -> this.corpus.related(f.later(), f.earlier())).count();
		return found.isEmpty() ? 1 : right / (double) found.size();
	}

	double recall(double threshold, PlantedReuseCorpus.Kind kind) {
		Map<String, ReuseFinding> found = found(threshold);
		List<PlantedReuseCorpus.Planted> planted = this.corpus.planted().stream()
			.filter((p) -> kind == null || p.kind() == kind).toList();
		long hits = planted.stream().filter((p) -> found.containsKey(pair(p.later(), p.earlier()))).count();
		return planted.isEmpty() ? 1 : hits / (double) planted.size();
	}

}
