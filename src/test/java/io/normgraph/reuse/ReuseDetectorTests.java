package io.normgraph.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.normgraph.synthetic.PlantedReuseCorpus;
import io.normgraph.synthetic.TreatyLanguage;

/** Runs of the detector: what is compared, how findings are oriented, skipped input, incremental runs. */
class ReuseDetectorTests {

	final TreatyLanguage language = new TreatyLanguage(new SplittableRandom(11));

	final Map<String, String> texts = new HashMap<>();

	final ReuseSettings settings = ReuseSettings.defaults();

	@Test
	void aCopyIsFoundLaterToEarlierByTheInstrumentsDatesWithSpansAtTheCopiedCharacters() {
		String original = text(120);
		String copy = text(30) + " " + original;
		List<ReuseFinding> findings = run(new ReuseIndex(this.settings), provision("a-1", "a", "2001-05", original),
				provision("b-1", "b", "2003", copy), provision("b-2", "b", "2003", text(100)));
		assertThat(findings).hasSize(1);
		ReuseFinding finding = findings.get(0);
		assertThat(finding.later()).isEqualTo("b-1");
		assertThat(finding.earlier()).isEqualTo("a-1");
		assertThat(finding.laterInstrument()).isEqualTo("b");
		assertThat(finding.directed()).isTrue();
		assertThat(finding.earlierShare()).isEqualTo(1.0);
		assertThat(finding.containment()).isBetween(0.7, 0.9);
		assertThat(finding.score()).isEqualTo(1.0);
		ReusedSpan span = finding.spans().get(0);
		assertThat(copy.substring(span.laterStart(), span.laterEnd()))
			.isEqualTo(original.substring(span.earlierStart(), span.earlierEnd()));
		assertThat(span.laterStart()).isEqualTo(copy.indexOf(original));
	}

	@Test
	void whenTheDatesDoNotDecideTheFindingIsUndirectedAndTheLaterIsTheTextMoreOfWhichIsShared() {
		String paragraph = text(60);
		String article = text(300) + " " + paragraph;
		List<ReuseFinding> findings = run(new ReuseIndex(this.settings), provision("art", "a", "2008", article),
				provision("par", "b", "2008-06", paragraph));
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.directed()).isFalse();
			assertThat(f.later()).isEqualTo("par");
			assertThat(f.containment()).isEqualTo(1.0);
			assertThat(f.earlierShare()).isLessThan(0.25);
		});
	}

	@Test
	void provisionsOfOneInstrumentAreNeverComparedAndMissingOrShortTextsAreSkippedAndCounted() {
		String original = text(100);
		List<ReuseFinding> findings = new ArrayList<>();
		ReuseRun run = detect(new ReuseIndex(this.settings), findings, provision("a-1", "a", null, original),
				provision("a-2", "a", null, original), provision("a-3", "a", null, null),
				provision("b-1", "b", null, "The Parties shall cooperate."), provision("b-2", "b", null, "  "));
		assertThat(findings).isEmpty();
		assertThat(run.candidates()).isZero();
		assertThat(run.provisions()).isEqualTo(5);
		assertThat(run.withoutText()).isEqualTo(2);
		assertThat(run.tooShort()).isEqualTo(1);
		assertThat(run.compared()).isEqualTo(2);
	}

	@Test
	void anEmptyInputIsAnEmptyRun() {
		assertThat(detect(new ReuseIndex(this.settings), new ArrayList<>()).empty()).isTrue();
	}

	@Test
	void sharedBoilerplateDoesNotMakeUnrelatedProvisionsSimilar() {
		List<ReuseFinding> findings = new ArrayList<>();
		ReuseRun run = detect(new ReuseIndex(this.settings), findings, sharingAFormula(60));
		assertThat(run.boilerplateShingles()).isGreaterThan(10);
		assertThat(findings).isEmpty();
	}

	@Test
	void aSentenceInMoreProvisionsThanTheBoilerplateFloorIsBoilerplateAndOneInFewerIsReuse() {
		ProvisionText[] sharing = sharingAFormula(30);
		List<ReuseFinding> underDefaultFloor = new ArrayList<>();
		detect(new ReuseIndex(this.settings), underDefaultFloor, sharing);
		ReuseSettings floorOf20 = this.settings.withBoilerplateMinProvisions(20);
		List<ReuseFinding> overFloorOf20 = new ArrayList<>();
		ReuseRun run = new ReuseDetector(floorOf20).run(new ReuseIndex(floorOf20), List.of(sharing),
				TextLookup.of(this.texts), overFloorOf20::add);

		assertThat(underDefaultFloor).as("30 provisions sharing a sentence, under the default floor of 50").isNotEmpty();
		assertThat(run.boilerplateShingles()).isGreaterThan(10);
		assertThat(overFloorOf20).as("the same 30 over a floor of 20").isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.settings.withBoilerplateMinProvisions(0));
	}

	@Test
	void anInstrumentDatedAfterItsProvisionsWereIndexedIsRedatedAndLaterFindingsFollowTheNewDate() {
		ReuseIndex index = new ReuseIndex(this.settings);
		String original = text(80);
		run(index, provision("a-1", "a", null, original), provision("b-1", "b", "2005", text(80)));

		assertThat(index.redate((id) -> id.equals("a") ? "1999-04" : "2005")).containsExactly("a");
		assertThat(index.provisionsOf(Set.of("a"))).containsExactly("a-1");
		assertThat(index.redate((id) -> id.equals("a") ? "1999-04" : "2005")).as("nothing changed since").isEmpty();
		assertThat(run(index, provision("c-1", "c", "2010", original))).singleElement().satisfies((f) -> {
			assertThat(f.directed()).isTrue();
			assertThat(f.later()).isEqualTo("c-1");
			assertThat(f.earlier()).isEqualTo("a-1");
		});
		assertThat(index.redate((id) -> null)).as("undated again").containsExactlyInAnyOrder("a", "b", "c");
	}

	@Test
	void aHundredThousandCharacterTextIsComparedOnItsFirstWordsOnlyAndItsCopiedPassageFound() {
		StringBuilder huge = new StringBuilder();
		while (huge.length() < 100_000) {
			huge.append(this.language.sentence()).append(' ');
		}
		String passage = huge.substring(2_000, 2_600);
		passage = passage.substring(passage.indexOf(' ') + 1, passage.lastIndexOf(' '));
		ReuseSettings small = new ReuseSettings(4, 3, 12, 5_000, 0.005, 50, 50, 0, 0.05, 2, 12, 6, 8, 0.4, 100);
		List<ReuseFinding> findings = new ArrayList<>();
		ReuseRun run = new ReuseDetector(small).run(new ReuseIndex(small),
				List.of(provision("huge", "a", "1990", huge.toString()), provision("copy", "b", "2000", passage)),
				TextLookup.of(this.texts), findings::add);
		assertThat(run.truncated()).isEqualTo(1);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.later()).isEqualTo("copy");
			assertThat(f.containment()).isEqualTo(1.0);
		});
	}

	@Test
	void anIncrementalRunComparesOnlyTheNewProvisionsAndFindsWhatAFullRunFindsOfThem() {
		List<ProvisionText> old = new ArrayList<>();
		List<ProvisionText> added = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			old.add(provision("old-" + i, "inst-" + (i / 4), "19" + (50 + i / 4), text(80)));
		}
		for (int i = 0; i < 4; i++) {
			String copied = old.get(i * 9).text();
			added.add(provision("new-" + i, "inst-new", "2020", copied + " " + text(20)));
		}
		ReuseIndex index = new ReuseIndex(this.settings);
		List<ReuseFinding> first = new ArrayList<>();
		detect(index, first, old.toArray(ProvisionText[]::new));
		List<ReuseFinding> second = new ArrayList<>();
		ReuseRun incremental = detect(index, second, added.toArray(ProvisionText[]::new));
		assertThat(incremental.compared()).isEqualTo(4);
		assertThat(incremental.provisions()).isEqualTo(4);
		assertThat(second).extracting(ReuseFinding::later).containsExactlyInAnyOrder("new-0", "new-1", "new-2", "new-3");
		List<ProvisionText> all = new ArrayList<>(old);
		all.addAll(added);
		List<ReuseFinding> full = new ArrayList<>();
		detect(new ReuseIndex(this.settings), full, all.toArray(ProvisionText[]::new));
		assertThat(second).containsExactlyInAnyOrderElementsOf(
				full.stream().filter((f) -> f.later().startsWith("new-") || f.earlier().startsWith("new-")).toList());
		assertThat(index.provisions()).isEqualTo(44);
		ReuseIndex rebuilt = new ReuseIndex(this.settings);
		ReuseRun indexOnly = new ReuseDetector(this.settings).index(rebuilt, old);
		assertThat(indexOnly.compared()).isZero();
		assertThat(indexOnly.provisions()).isEqualTo(40);
		List<ReuseFinding> afterRebuild = new ArrayList<>();
		detect(rebuilt, afterRebuild, added.toArray(ProvisionText[]::new));
		assertThat(afterRebuild).containsExactlyInAnyOrderElementsOf(second);
	}

	@Test
	void aRunOfProvisionsTheIndexHoldsFindsWhatARunOfThemIntoAnIndexOfEverythingElseFinds() {
		// A corpus spread through the id order (its provisions are not the newest ordinals) and its newest instruments.
		List<ProvisionText> all = new ArrayList<>(PlantedRun.provisions(new PlantedReuseCorpus(1_500, 0.2, 7)));
		all.sort(java.util.Comparator.comparing(ProvisionText::id));
		all.forEach((p) -> this.texts.put(p.id(), p.text()));
		java.util.Set<String> instruments = new java.util.TreeSet<>();
		all.forEach((p) -> instruments.add(p.instrumentId()));
		List<String> byName = List.copyOf(instruments);
		java.util.Set<String> chosen = new java.util.HashSet<>(byName.subList(byName.size() - 3, byName.size()));
		for (int i = 0; i < byName.size(); i += 7) {
			chosen.add(byName.get(i));
		}
		List<ProvisionText> corpus = all.stream().filter((p) -> chosen.contains(p.instrumentId())).toList();
		List<ProvisionText> outside = all.stream().filter((p) -> !chosen.contains(p.instrumentId())).toList();
		ReuseDetector detector = new ReuseDetector(this.settings);

		ReuseIndex fresh = new ReuseIndex(this.settings);
		detector.index(fresh, outside);
		List<ReuseFinding> expected = new ArrayList<>();
		ReuseRun asBefore = detector.run(fresh, corpus, TextLookup.of(this.texts), expected::add);

		ReuseIndex kept = new ReuseIndex(this.settings);
		List<ReuseFinding> full = new ArrayList<>();
		detector.run(kept, all, TextLookup.of(this.texts), full::add);
		int boilerplate = kept.boilerplate.size();
		List<ReuseFinding> again = new ArrayList<>();
		ReuseRun rerun = detector.rerun(kept, corpus, TextLookup.of(this.texts), again::add, RunProgress.NONE);

		assertThat(expected).hasSizeGreaterThan(20);
		assertThat(again).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(rerun.compared()).isEqualTo(asBefore.compared()).isLessThan(all.size() / 3);
		assertThat(rerun.candidates()).isEqualTo(asBefore.candidates());
		assertThat(List.of(rerun.provisions(), rerun.tooShort(), rerun.withoutText(), rerun.truncated()))
			.isEqualTo(List.of(asBefore.provisions(), asBefore.tooShort(), asBefore.withoutText(), asBefore.truncated()));
		java.util.Set<String> ids = new java.util.HashSet<>();
		corpus.forEach((p) -> ids.add(p.id()));
		assertThat(again).as("the full run's findings about the corpus")
			.containsExactlyInAnyOrderElementsOf(
					full.stream().filter((f) -> ids.contains(f.later()) || ids.contains(f.earlier())).toList());
		assertThat(kept.provisions()).as("nothing added again").isEqualTo(all.size());
		assertThat(kept.size()).isEqualTo(all.size());
		assertThat(kept.boilerplate.size()).isEqualTo(boilerplate);
		List<ReuseFinding> third = new ArrayList<>();
		detector.rerun(kept, corpus, TextLookup.of(this.texts), third::add, RunProgress.NONE);
		assertThat(third).containsExactlyElementsOf(again);
	}

	@Test
	void aRunOfHeldProvisionsAddsThoseItDoesNotHoldWithTheirText() {
		String original = text(80);
		ReuseIndex index = new ReuseIndex(this.settings);
		run(index, provision("a-1", "a", "2000", original), provision("b-1", "b", "2001", text(80)));
		List<ReuseFinding> findings = new ArrayList<>();
		String changed = original + " " + text(10);
		ReuseRun run = new ReuseDetector(this.settings).rerun(index,
				List.of(provision("b-1", "b", "2001", changed), provision("b-2", "b", "2001", text(60))),
				TextLookup.of(this.texts), findings::add, RunProgress.NONE);
		assertThat(run.compared()).isEqualTo(2);
		assertThat(findings).singleElement().satisfies((f) -> {
			assertThat(f.later()).isEqualTo("b-1");
			assertThat(f.earlier()).isEqualTo("a-1");
		});
		assertThat(index.provisions()).isEqualTo(3);
		assertThat(index.holds("b-1", changed)).isTrue();
	}

	@Test
	void aChangedProvisionReplacesItsEarlierVersionWhichIsNeverComparedAgain() {
		String original = text(100);
		ReuseIndex index = new ReuseIndex(this.settings);
		assertThat(run(index, provision("a-1", "a", "2000", original), provision("b-1", "b", "2001", original)))
			.hasSize(1);
		String rewritten = text(100);
		assertThat(run(index, provision("a-1", "a", "2000", rewritten))).isEmpty();
		assertThat(run(index, provision("c-1", "c", "2002", original))).singleElement()
			.satisfies((f) -> assertThat(f.earlier()).isEqualTo("b-1"));
		assertThat(index.provisions()).isEqualTo(3);
		index.remove("b-1");
		assertThat(run(index, provision("d-1", "d", "2003", original))).singleElement()
			.satisfies((f) -> assertThat(f.earlier()).isEqualTo("c-1"));
	}

	@Test
	void aDateThatIsNotAnIsoDateNamesTheProvision() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> run(new ReuseIndex(this.settings), provision("x-1", "x", "June 2008", text(20))))
			.withMessageContaining("provision x-1 of instrument x")
			.withMessageContaining("'June 2008'")
			.withMessageContaining("2008-06-30");
	}

	@Test
	void aDateDecidesOnlyWhenTheDaysItMayStandForAreAllBeforeTheOthers() {
		String original = text(80);
		assertThat(run(new ReuseIndex(this.settings), provision("d-1", "d", "2008-06-30", original),
				provision("m-1", "m", "2008-05", original))).singleElement().satisfies((f) -> {
					assertThat(f.directed()).isTrue();
					assertThat(f.later()).isEqualTo("d-1");
				});
		assertThat(run(new ReuseIndex(this.settings), provision("y-1", "y", "2007", original),
				provision("e-1", "e", "2008-01-01", original))).singleElement().satisfies((f) -> {
					assertThat(f.directed()).isTrue();
					assertThat(f.earlier()).isEqualTo("y-1");
				});
		assertThat(run(new ReuseIndex(this.settings), provision("s-1", "s", "2008-06-30", original),
				provision("t-1", "t", "2008-06-30", original))).singleElement()
			.satisfies((f) -> assertThat(f.directed()).isFalse());
	}

	@Test
	void aDayThatDoesNotExistIsAnErrorThatSaysWhy() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> run(new ReuseIndex(this.settings), provision("x-1", "x", "2008-02-30", text(20))))
			.withMessageContaining("provision x-1 of instrument x")
			.withMessageContaining("'2008-02-30' is not a date");
	}

	@Test
	void theIndexTellsATextItHoldsFromAChangedOneOrOneItNeverSaw() {
		String original = text(60);
		ReuseIndex index = new ReuseIndex(this.settings);
		run(index, provision("a-1", "a", null, original), provision("a-2", "a", null, "Too short."),
				provision("a-3", "a", null, null));
		assertThat(index.holds("a-1", original)).isTrue();
		assertThat(index.holds("a-1", original + " And one more sentence.")).isFalse();
		assertThat(index.holds("a-2", "Too short.")).isTrue();
		assertThat(index.holds("a-3", null)).isFalse();
		assertThat(index.holds("b-1", original)).isFalse();
		assertThat(index.ids()).containsExactlyInAnyOrder("a-1", "a-2");
	}

	@Test
	void progressIsReportedPerChunkOfBothPasses() {
		ReuseSettings small = new ReuseSettings(4, 3, 12, 5_000, 0.005, 50, 50, 0, 0.05, 2, 12, 6, 8, 0.4, 3);
		List<ProvisionText> provisions = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			provisions.add(provision("p-" + i, "i-" + i, null, text(30)));
		}
		List<String> reported = new ArrayList<>();
		new ReuseDetector(small).run(new ReuseIndex(small), provisions, TextLookup.of(this.texts), (f) -> {
		}, new RunProgress() {
			@Override
			public void indexed(long count) {
				reported.add("indexed " + count);
			}

			@Override
			public void compared(long done, long total, long findings) {
				reported.add("compared " + done + "/" + total);
			}
		});
		assertThat(reported).containsExactly("indexed 3", "indexed 6", "indexed 7", "compared 3/7", "compared 6/7",
				"compared 7/7");
	}

	@Test
	void thePostingCapGrowsWithTheSquareRootOfTheCorpusFromItsMinimum() {
		ReuseSettings settings = ReuseSettings.defaults().withPostingsGrowth(0.25);
		assertThat(settings.postingsCap(10_000)).isEqualTo(50);
		assertThat(settings.postingsCap(40_000)).isEqualTo(50);
		assertThat(settings.postingsCap(1_000_000)).isEqualTo(250);
		assertThat(settings.withPostingsGrowth(0).postingsCap(1_000_000)).isEqualTo(50);
	}

	private List<ReuseFinding> run(ReuseIndex index, ProvisionText... provisions) {
		List<ReuseFinding> findings = new ArrayList<>();
		detect(index, findings, provisions);
		return findings;
	}

	/** {@code count} provisions of as many instruments, each one sentence everyone shares and 15 words of its own. */
	private ProvisionText[] sharingAFormula(int count) {
		String formula = "Each Party shall make publicly available its laws, regulations and administrative rulings of general application.";
		ProvisionText[] provisions = new ProvisionText[count];
		for (int i = 0; i < count; i++) {
			provisions[i] = provision("p-" + i, "inst-" + i, null, formula + " " + text(15));
		}
		return provisions;
	}

	private ReuseRun detect(ReuseIndex index, List<ReuseFinding> findings, ProvisionText... provisions) {
		return new ReuseDetector(this.settings).run(index, List.of(provisions), TextLookup.of(this.texts),
				findings::add);
	}

	private ProvisionText provision(String id, String instrument, String date, String text) {
		if (text != null) {
			this.texts.put(id, text);
		}
		return new ProvisionText(id, instrument, date, text);
	}

	private String text(int words) {
		return String.join(" ", this.language.sentences(words));
	}

}
