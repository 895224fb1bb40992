package io.normgraph.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.normgraph.schema.PartialDate;

/**
 * What detection keeps between runs, in bounded memory: for every provision with text, its id,
 * instrument and number of fingerprints; the inverted index of fingerprints; the boilerplate
 * counts; per instrument its date and text length. No texts. A provision added again under the
 * same id replaces its earlier version, which is retired (never compared again). Not safe for
 * concurrent runs: one run at a time.
 */
public final class ReuseIndex {

	/** What {@link #writeTo} writes first: a file of another format is not read. */
	private static final String FORMAT = "normgraph-reuse-index-1";

	/** An unknown first or last day. */
	static final long NO_DAY = Long.MIN_VALUE;

	final ReuseSettings settings;

	final Postings postings;

	final Boilerplate boilerplate;

	private final Map<String, Integer> ordinals = new HashMap<>();

	private final Map<String, Integer> instruments = new HashMap<>();

	private final List<String> instrumentIds = new ArrayList<>();

	/** First and last day each instrument's date can mean (epoch days), {@link #NO_DAY} when undated. */
	private long[] instrumentFirstDay = new long[16];

	private long[] instrumentLastDay = new long[16];

	private long[] instrumentChars = new long[16];

	/** The hash of each provision's text, to tell a changed text from one already indexed. */
	private long[] textHashes = new long[1024];

	private String[] ids = new String[1024];

	private int[] instrumentOf = new int[1024];

	private int[] fingerprints = new int[1024];

	private int[] chars = new int[1024];

	private final BitSet retired = new BitSet();

	private int size;

	public ReuseIndex(ReuseSettings settings) {
		this(settings, new Postings(), new Boilerplate());
	}

	private ReuseIndex(ReuseSettings settings, Postings postings, Boilerplate boilerplate) {
		this.settings = settings;
		this.postings = postings;
		this.boilerplate = boilerplate;
	}

	/** Provisions with text in the index, retired versions not counted. */
	public int provisions() {
		return this.ordinals.size();
	}

	/** Characters of text of the instrument's provisions in the index (0 for an unknown instrument). */
	public long instrumentChars(String instrumentId) {
		Integer i = this.instruments.get(instrumentId);
		return (i == null) ? 0 : this.instrumentChars[i];
	}

	/**
	 * Whether the index holds this provision with this very text (a text too short to compare
	 * included), so that passing it again would change nothing. A provision without text is never
	 * held: passing it again only counts it.
	 */
	public boolean holds(String id, @Nullable String text) {
		Integer ordinal = this.ordinals.get(id);
		return ordinal != null && text != null && this.textHashes[ordinal] == Indexer.textHash(text);
	}

	/** The ids of the provisions the index holds (a copy). */
	public Set<String> ids() {
		return Set.copyOf(this.ordinals.keySet());
	}

	/** Removes a provision (deleted from the corpus); its findings are the caller's to delete. */
	public void remove(String id) {
		Integer old = this.ordinals.remove(id);
		if (old != null) {
			this.retired.set(old);
			this.instrumentChars[this.instrumentOf[old]] -= this.chars[old];
		}
	}

	/** Bytes the index holds, roughly (arrays counted, per-id objects estimated). */
	public long bytes() {
		return this.postings.bytes() + 6L * 4 * this.ids.length + this.ordinals.size() * 120L
				+ this.instrumentIds.size() * 144L;
	}

	/**
	 * Adds a provision with its text's length and fingerprints (none when it is too short to
	 * compare), replacing an earlier version; returns its ordinal.
	 */
	int add(ProvisionText provision, int textChars, long textHash, long[] distinctFingerprints, long firstDay,
			long lastDay) {
		remove(provision.id());
		int instrument = instrument(provision.instrumentId(), firstDay, lastDay);
		if (this.size == this.ids.length) {
			int grown = this.size + (this.size >> 1);
			this.ids = Arrays.copyOf(this.ids, grown);
			this.instrumentOf = Arrays.copyOf(this.instrumentOf, grown);
			this.fingerprints = Arrays.copyOf(this.fingerprints, grown);
			this.chars = Arrays.copyOf(this.chars, grown);
			this.textHashes = Arrays.copyOf(this.textHashes, grown);
		}
		int ordinal = this.size++;
		this.ids[ordinal] = provision.id();
		this.instrumentOf[ordinal] = instrument;
		this.fingerprints[ordinal] = distinctFingerprints.length;
		this.chars[ordinal] = textChars;
		this.textHashes[ordinal] = textHash;
		this.instrumentChars[instrument] += textChars;
		this.ordinals.put(provision.id(), ordinal);
		for (long fingerprint : distinctFingerprints) {
			this.postings.add(Shingles.key(fingerprint), ordinal);
		}
		return ordinal;
	}

	private int instrument(String id, long firstDay, long lastDay) {
		Integer known = this.instruments.get(id);
		if (known != null) {
			if (this.instrumentFirstDay[known] == NO_DAY && firstDay != NO_DAY) {
				this.instrumentFirstDay[known] = firstDay;
				this.instrumentLastDay[known] = lastDay;
			}
			return known;
		}
		int i = this.instrumentIds.size();
		this.instruments.put(id, i);
		this.instrumentIds.add(id);
		if (i == this.instrumentChars.length) {
			this.instrumentChars = Arrays.copyOf(this.instrumentChars, i * 2);
			this.instrumentFirstDay = Arrays.copyOf(this.instrumentFirstDay, i * 2);
			this.instrumentLastDay = Arrays.copyOf(this.instrumentLastDay, i * 2);
		}
		this.instrumentFirstDay[i] = firstDay;
		this.instrumentLastDay[i] = lastDay;
		return i;
	}

	/**
	 * Gives every instrument the index knows the date {@code dateOf} says it has now. An index kept
	 * between runs holds the dates its provisions were indexed with, and an import may since have
	 * dated, redated or undated an instrument without changing any of its provisions (a corpus that
	 * adds a date to an instrument another corpus brought).
	 * @param dateOf an instrument's date as the graph gives it now, null when it has none
	 * @return the instruments whose date changed
	 */
	public Set<String> redate(Function<String, @Nullable String> dateOf) {
		Set<String> changed = new HashSet<>();
		for (int i = 0; i < this.instrumentIds.size(); i++) {
			String date = dateOf.apply(this.instrumentIds.get(i));
			long first = firstDay(date);
			long last = lastDay(date);
			if (first != this.instrumentFirstDay[i] || last != this.instrumentLastDay[i]) {
				this.instrumentFirstDay[i] = first;
				this.instrumentLastDay[i] = last;
				changed.add(this.instrumentIds.get(i));
			}
		}
		return changed;
	}

	/** The ids of the provisions the index holds that belong to one of these instruments. */
	public List<String> provisionsOf(Set<String> instrumentIds) {
		List<String> ids = new ArrayList<>();
		if (!instrumentIds.isEmpty()) {
			this.ordinals.forEach((id, ordinal) -> {
				if (instrumentIds.contains(this.instrumentIds.get(this.instrumentOf[ordinal]))) {
					ids.add(id);
				}
			});
		}
		return ids;
	}

	/** The first day a date (as the source gives it) can mean, in epoch days; {@link #NO_DAY} for none. */
	static long firstDay(@Nullable String date) {
		return (date == null) ? NO_DAY : PartialDate.earliest(date).toEpochDay();
	}

	/** The last day a date can mean, in epoch days; {@link #NO_DAY} for none. */
	static long lastDay(@Nullable String date) {
		return (date == null) ? NO_DAY : PartialDate.latest(date).toEpochDay();
	}

	int size() {
		return this.size;
	}

	/** The ordinal of a provision the index holds ({@link #holds}). */
	int ordinal(String id) {
		return this.ordinals.get(id);
	}

	String id(int ordinal) {
		return this.ids[ordinal];
	}

	int instrumentOf(int ordinal) {
		return this.instrumentOf[ordinal];
	}

	String instrumentId(int instrument) {
		return this.instrumentIds.get(instrument);
	}

	/**
	 * Whether instrument {@code a} is surely before {@code b}: the last day its date can mean is
	 * before the first day of {@code b}'s (dates kept as the source gives them, each taken as the
	 * interval of days it may stand for); false when either is undated or they overlap.
	 */
	boolean before(int a, int b) {
		long last = this.instrumentLastDay[a];
		long first = this.instrumentFirstDay[b];
		return last != NO_DAY && first != NO_DAY && last < first;
	}

	int fingerprints(int ordinal) {
		return this.fingerprints[ordinal];
	}

	boolean retired(int ordinal) {
		return this.retired.get(ordinal);
	}

	/**
	 * Writes the index (its settings first) in the form {@link #readFrom} reads, so that a process
	 * can take up the index another one left instead of rebuilding it from every text.
	 */
	public void writeTo(java.nio.channels.WritableByteChannel channel) throws java.io.IOException {
		IndexFile.Writer out = new IndexFile.Writer(channel);
		out.writeString(FORMAT);
		out.writeString(this.settings.toString());
		out.writeInt(this.size);
		for (int i = 0; i < this.size; i++) {
			out.writeString(this.ids[i]);
		}
		out.writeInts(this.instrumentOf, this.size);
		out.writeInts(this.fingerprints, this.size);
		out.writeInts(this.chars, this.size);
		out.writeLongs(this.textHashes, this.size);
		out.writeLongs(this.retired.toLongArray(), this.retired.toLongArray().length);
		int instrumentCount = this.instrumentIds.size();
		out.writeInt(instrumentCount);
		for (String instrument : this.instrumentIds) {
			out.writeString(instrument);
		}
		out.writeLongs(this.instrumentFirstDay, instrumentCount);
		out.writeLongs(this.instrumentLastDay, instrumentCount);
		out.writeLongs(this.instrumentChars, instrumentCount);
		this.postings.writeTo(out);
		this.boilerplate.writeTo(out);
		out.flush();
	}

	/**
	 * Reads an index {@link #writeTo} wrote.
	 * @throws java.io.IOException when it cannot be read, or was written by another version or with other settings
	 */
	public static ReuseIndex readFrom(java.nio.channels.ReadableByteChannel channel, ReuseSettings settings)
			throws java.io.IOException {
		IndexFile.Reader in = new IndexFile.Reader(channel);
		String format = in.readString();
		String written = in.readString();
		if (!format.equals(FORMAT) || !written.equals(settings.toString())) {
			throw new java.io.IOException("the index file was written by another version (" + format + ", " + written + ")");
		}
		int size = in.readInt();
		String[] ids = new String[Math.max(size, 1024)];
		for (int i = 0; i < size; i++) {
			ids[i] = in.readString();
		}
		int[] instrumentOf = in.readInts(ids.length);
		int[] fingerprints = in.readInts(ids.length);
		int[] chars = in.readInts(ids.length);
		long[] textHashes = in.readLongs(ids.length);
		BitSet retired = BitSet.valueOf(in.readLongs(0));
		int instrumentCount = in.readInt();
		List<String> instrumentIds = new ArrayList<>(instrumentCount);
		for (int i = 0; i < instrumentCount; i++) {
			instrumentIds.add(in.readString());
		}
		long[] firstDays = in.readLongs(Math.max(16, instrumentCount));
		long[] lastDays = in.readLongs(Math.max(16, instrumentCount));
		long[] instrumentChars = in.readLongs(Math.max(16, instrumentCount));
		ReuseIndex index = new ReuseIndex(settings, Postings.readFrom(in), Boilerplate.readFrom(in));
		index.size = size;
		index.ids = ids;
		index.instrumentOf = instrumentOf;
		index.fingerprints = fingerprints;
		index.chars = chars;
		index.textHashes = textHashes;
		index.retired.or(retired);
		for (int i = 0; i < size; i++) {
			if (!retired.get(i)) {
				index.ordinals.put(ids[i], i);
			}
		}
		for (int i = 0; i < instrumentCount; i++) {
			index.instruments.put(instrumentIds.get(i), i);
		}
		index.instrumentIds.addAll(instrumentIds);
		index.instrumentFirstDay = firstDays;
		index.instrumentLastDay = lastDays;
		index.instrumentChars = instrumentChars;
		return index;
	}

	/** Ends a run's indexing: fixes the boilerplate set for the provisions indexed now, compacts the postings. */
	void seal() {
		this.boilerplate.freeze(this.settings.boilerplateCutoff(provisions()));
		this.postings.compact();
	}

}
