package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Runs detection: adds provisions to an index and compares each of them with everything indexed
 * before it (so each pair once), never two of the same instrument. A full run is a run into an
 * empty index; an incremental run adds only the new or changed provisions to the index of the
 * earlier runs, and its cost follows them. Two passes: first every provision is tokenised and
 * indexed (so boilerplate is known from all of them), then, a chunk at a time, candidates are
 * found, texts looked up and pairs verified, in parallel; findings reach the consumer in a
 * stable order from the calling thread.
 */
public final class ReuseDetector {

	private final ReuseSettings settings;

	public ReuseDetector(ReuseSettings settings) {
		this.settings = settings;
	}

	/**
	 * Indexes the provisions without comparing anything: rebuilds the index of earlier runs
	 * (after a restart, from the stored provisions) so that the next run is incremental.
	 */
	public ReuseRun index(ReuseIndex index, Iterable<ProvisionText> provisions) {
		return index(index, provisions, RunProgress.NONE);
	}

	/** {@link #index(ReuseIndex, Iterable)}, reporting how far it has got. */
	public ReuseRun index(ReuseIndex index, Iterable<ProvisionText> provisions, RunProgress progress) {
		long start = System.nanoTime();
		Indexer indexer = indexPass(index, provisions, progress, false);
		return new ReuseRun(indexer.read, indexer.withoutText, indexer.tooShort, indexer.truncated, 0, 0, 0,
				index.boilerplate.size(), (System.nanoTime() - start) / 1_000_000, 0);
	}

	public ReuseRun run(ReuseIndex index, Iterable<ProvisionText> provisions, TextLookup texts,
			Consumer<ReuseFinding> findings) {
		return run(index, provisions, texts, findings, RunProgress.NONE);
	}

	/** {@link #run(ReuseIndex, Iterable, TextLookup, Consumer)}, reporting how far it has got. */
	public ReuseRun run(ReuseIndex index, Iterable<ProvisionText> provisions, TextLookup texts,
			Consumer<ReuseFinding> findings, RunProgress progress) {
		return run(index, provisions, texts, findings, progress, false);
	}

	/**
	 * Compares these provisions again with everything else in the index, as a run of them into an
	 * index of everything else would (the later of two of them, in the order given, against the
	 * earlier): a run for a corpus with the index kept from earlier runs. Those the index holds
	 * with the same text are compared where they are, not added again (so nothing is counted
	 * twice: the boilerplate set and the posting counts stay those of the graph); the others are
	 * added first. Costs what the given provisions cost, not the index.
	 */
	public ReuseRun rerun(ReuseIndex index, Iterable<ProvisionText> provisions, TextLookup texts,
			Consumer<ReuseFinding> findings, RunProgress progress) {
		return run(index, provisions, texts, findings, progress, true);
	}

	private ReuseRun run(ReuseIndex index, Iterable<ProvisionText> provisions, TextLookup texts,
			Consumer<ReuseFinding> findings, RunProgress progress, boolean inPlace) {
		long start = System.nanoTime();
		Indexer indexer = indexPass(index, provisions, progress, inPlace);
		long indexed = System.nanoTime();
		int[] added = indexer.added().stream().mapToInt(Integer::intValue).filter((p) -> !index.retired(p)).toArray();
		CandidateFinder finder = new CandidateFinder(index, inPlace ? ranks(index, added) : null);
		Aligner aligner = new Aligner(this.settings, index.boilerplate);
		long candidates = 0;
		long reported = 0;
		for (int from = 0; from < added.length; from += this.settings.chunk()) {
			int[] ordinals = Arrays.copyOfRange(added, from, Math.min(added.length, from + this.settings.chunk()));
			Map<Integer, TextProfile> profiles = profiles(index, ordinals, texts);
			int[][] pairs = new int[ordinals.length][];
			IntStream.range(0, ordinals.length).parallel().forEach((x) -> {
				TextProfile profile = profiles.get(ordinals[x]);
				pairs[x] = (profile == null) ? new int[0] : finder.candidates(ordinals[x], profile);
			});
			profiles.putAll(profiles(index, Arrays.stream(pairs).flatMapToInt(Arrays::stream).distinct()
				.filter((q) -> !profiles.containsKey(q)).toArray(), texts));
			List<long[]> work = new ArrayList<>();
			for (int x = 0; x < ordinals.length; x++) {
				for (int q : pairs[x]) {
					work.add(new long[] { ordinals[x], q });
				}
			}
			candidates += work.size();
			ReuseFinding[] verified = new ReuseFinding[work.size()];
			IntStream.range(0, work.size()).parallel().forEach((w) -> {
				int p = (int) work.get(w)[0];
				int q = (int) work.get(w)[1];
				TextProfile a = profiles.get(p);
				TextProfile b = profiles.get(q);
				verified[w] = (a == null || b == null) ? null : verify(index, aligner, p, a, q, b);
			});
			for (ReuseFinding finding : verified) {
				if (finding != null) {
					findings.accept(finding);
					reported++;
				}
			}
			progress.compared(from + ordinals.length, added.length, reported);
		}
		long done = System.nanoTime();
		return new ReuseRun(indexer.read, indexer.withoutText, indexer.tooShort, indexer.truncated, added.length,
				candidates, reported, index.boilerplate.size(), (indexed - start) / 1_000_000,
				(done - indexed) / 1_000_000);
	}

	/** Each compared ordinal's place in the run (the order given), -1 for the others. */
	private static int[] ranks(ReuseIndex index, int[] compared) {
		int[] ranks = new int[index.size()];
		Arrays.fill(ranks, -1);
		for (int r = 0; r < compared.length; r++) {
			ranks[compared[r]] = r;
		}
		return ranks;
	}

	private Indexer indexPass(ReuseIndex index, Iterable<ProvisionText> provisions, RunProgress progress,
			boolean keepHeld) {
		if (!index.settings.equals(this.settings)) {
			throw new IllegalArgumentException("the index was built with other settings: " + index.settings);
		}
		Indexer indexer = new Indexer(index, this.settings, keepHeld);
		Iterator<ProvisionText> it = provisions.iterator();
		List<ProvisionText> chunk = new ArrayList<>(this.settings.chunk());
		while (it.hasNext()) {
			chunk.add(Objects.requireNonNull(it.next(), "provision"));
			if (chunk.size() == this.settings.chunk() || !it.hasNext()) {
				indexer.add(chunk);
				chunk.clear();
				progress.indexed(indexer.read);
			}
		}
		index.seal();
		return indexer;
	}

	private Map<Integer, TextProfile> profiles(ReuseIndex index, int[] ordinals, TextLookup texts) {
		List<String> ids = Arrays.stream(ordinals).mapToObj(index::id).toList();
		Map<String, String> found = texts.texts(ids);
		TextProfile[] profiles = new TextProfile[ordinals.length];
		IntStream.range(0, ordinals.length).parallel().forEach((x) -> {
			String text = found.get(ids.get(x));
			profiles[x] = (text == null) ? null : TextProfile.of(text, this.settings, index.boilerplate);
		});
		Map<Integer, TextProfile> result = new HashMap<>();
		for (int x = 0; x < ordinals.length; x++) {
			if (profiles[x] != null) {
				result.put(ordinals[x], profiles[x]);
			}
		}
		return result;
	}

	private @Nullable ReuseFinding verify(ReuseIndex index, Aligner aligner, int p, TextProfile a, int q,
			TextProfile b) {
		Alignment alignment = aligner.align(a, b);
		if (alignment == null) {
			return null;
		}
		double score = Math.max(alignment.aShare(), alignment.bShare());
		if (score < this.settings.threshold()) {
			return null;
		}
		int instrumentP = index.instrumentOf(p);
		int instrumentQ = index.instrumentOf(q);
		boolean directed = index.before(instrumentQ, instrumentP) || index.before(instrumentP, instrumentQ);
		boolean pLater = directed ? index.before(instrumentQ, instrumentP)
				: alignment.aShare() > alignment.bShare()
						|| (alignment.aShare() == alignment.bShare() && index.id(p).compareTo(index.id(q)) > 0);
		return Findings.of(index, pLater ? p : q, pLater ? a : b, pLater ? q : p, pLater ? b : a, pLater, directed,
				alignment, score);
	}

}
