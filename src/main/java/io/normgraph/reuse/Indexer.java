package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.PartialDate;
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

	/** Whether a provision the index holds with the same text is compared where it is rather than added again. */
	private final boolean keepHeld;

	Indexer(ReuseIndex index, ReuseSettings settings, boolean keepHeld) {
		this.index = index;
		this.settings = settings;
		this.keepHeld = keepHeld;
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
			long first = ReuseIndex.firstDay(p.date);
			long last = ReuseIndex.lastDay(p.date);
			if (p.truncated) {
				this.truncated++;
			}
			boolean tooShort = p.distinct.length == 0 || p.words < this.settings.minWords();
			if (this.keepHeld && this.index.holds(provision.id(), provision.text())) {
				// Counted as a run of it would count it, but neither its boilerplate nor its postings again.
				if (tooShort) {
					this.tooShort++;
				}
				else {
					this.added.add(this.index.ordinal(provision.id()));
				}
				continue;
			}
			if (tooShort) {
				this.tooShort++;
				this.index.add(provision, p.chars, p.hash, new long[0], first, last);
				continue;
			}
			this.index.boilerplate.count(p.distinct);
			this.added.add(this.index.add(provision, p.chars, p.hash, p.fingerprints, first, last));
		}
	}

	/** Ordinals of the provisions this run added (or, keeping those held, found) and will compare, in the order read. */
	List<Integer> added() {
		return this.added;
	}

	/** A 64-bit hash of a text (FNV-1a over its chars, then mixed): equal texts, equal hashes. */
	static long textHash(String text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h = (h ^ text.charAt(i)) * 0x100000001b3L;
		}
		return Shingles.mix(h ^ text.length());
	}

	/** The instrument's date as the source gives it (the schema's partial-date rule), or null when it has none. */
	private static @Nullable String date(ProvisionText provision) {
		String value = provision.instrumentDate();
		if (value == null || value.isBlank()) {
			return null;
		}
		String problem = PartialDate.problem(value.strip());
		if (problem != null) {
			throw new IllegalArgumentException("provision " + provision.id() + " of instrument " + provision.instrumentId()
					+ ": its date '" + value + "' " + problem);
		}
		return value.strip();
	}

	private @Nullable Prepared prepare(ProvisionText provision) {
		String date = date(provision);
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
		return new Prepared(date, text.length(), textHash(text), words.size(), truncated, Shingles.distinct(shingles),
				Shingles.winnow(shingles, this.settings.window()));
	}

	private record Prepared(@Nullable String date, int chars, long hash, int words, boolean truncated, long[] distinct,
			long[] fingerprints) {
	}

}
