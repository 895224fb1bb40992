package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import io.normgraph.text.Words;

/** The first pass of a run: tokenises a chunk of provisions in parallel and adds them to the index. */
final class Indexer {

	private final ReuseIndex index;

	private final ReuseSettings settings;

	private final List<Integer> added = new ArrayList<>();

	long read;

	long withoutText;

	long tooShort;

	long truncated;

	Indexer(ReuseIndex index, ReuseSettings settings) {
		this.index = index;
		this.settings = settings;
	}

	void add(List<ProvisionText> chunk) {
		Prepared[] prepared = new Prepared[chunk.size()];
		IntStream.range(0, chunk.size()).parallel().forEach((x) -> prepared[x] = prepare(chunk.get(x)));
		for (int x = 0; x < prepared.length; x++) {
			ProvisionText provision = chunk.get(x);
			Prepared p = prepared[x];
			this.read++;
			if (p == null) {
				this.withoutText++;
				this.index.remove(provision.id());
				continue;
			}
			if (p.truncated) {
				this.truncated++;
			}
			if (p.distinct.length == 0 || p.words < this.settings.minWords()) {
				this.tooShort++;
				this.index.add(provision, p.chars, new long[0], p.date);
				continue;
			}
			this.index.boilerplate.count(p.distinct);
			this.added.add(this.index.add(provision, p.chars, p.fingerprints, p.date));
		}
	}

	/** Ordinals of the provisions this run added and will compare. */
	List<Integer> added() {
		return this.added;
	}

	private @Nullable Prepared prepare(ProvisionText provision) {
		PartialDate date;
		try {
			date = PartialDate.parse(provision.instrumentDate());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("provision " + provision.id() + " of instrument "
					+ provision.instrumentId() + ": " + ex.getMessage(), ex);
		}
		String text = provision.text();
		if (text == null || text.isBlank()) {
			return null;
		}
		Words words = Words.of(text, this.settings.maxWords() + 1);
		boolean truncated = words.size() > this.settings.maxWords();
		if (truncated) {
			words = Words.of(text, this.settings.maxWords());
		}
		long[] shingles = Shingles.of(words, this.settings.shingleWords());
		return new Prepared(date, text.length(), words.size(), truncated, Shingles.distinct(shingles),
				Shingles.winnow(shingles, this.settings.window()));
	}

	private record Prepared(@Nullable PartialDate date, int chars, int words, boolean truncated, long[] distinct,
			long[] fingerprints) {
	}

}
