package io.normgraph.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Provisions in treaty language ({@link TreatyLanguage}) with text reuse planted at one mutation
 * level and known ground truth, for measuring detection; the same for the same arguments.
 * <ul>
 * <li>instruments of 5 to 99 provisions, in date order, dated to the day (70%), the month
 * (15%) or the year (10%), or undated (5%), so some pairs' order is undecided;</li>
 * <li>original texts of log-normal length (median 120 words), 3% articles of 300 to 1,500
 * words, one in 2,000 of 10,000 to 15,000 words; 40% carry a boilerplate sentence;</li>
 * <li>a quarter of the provisions of every instrument after the first copy an earlier
 * instrument's provision: whole (60%), partly (a run of 50-80% of its sentences among new ones,
 * 24%), a 40-80-word paragraph excerpted from a long article (8%), or a short provision
 * embedded in a new article of 200-600 words (8%); 30% of sources are themselves copies, so
 * copies form chains;</li>
 * <li>every copy is mutated: sentences swapped with probability {@code mutation / 2} each, then
 * edits of 1 to 4 words (substitutions 55%, insertions 20%, deletions 25%) until
 * {@code mutation} of its words are touched.</li>
 * </ul>
 */
public final class PlantedReuseCorpus {

	public enum Kind {

		WHOLE, PARTIAL, EXCERPT, EMBEDDED

	}

	public record Provision(String id, String instrument, @Nullable String date, String text) {
	}

	/** A planted copy: {@code later} took text from {@code earlier}. */
	public record Planted(String later, String earlier, Kind kind) {
	}

	private final SplittableRandom random;

	private final TreatyLanguage language;

	private final double mutation;

	private final List<Provision> provisions = new ArrayList<>();

	private final List<Planted> planted = new ArrayList<>();

	private final List<Integer> copies = new ArrayList<>();

	private final List<Integer> articles = new ArrayList<>();

	private final List<Integer> paragraphs = new ArrayList<>();

	private final int[] family;

	private final Map<String, Integer> ordinals = new HashMap<>();

	public PlantedReuseCorpus(int provisions, double mutation, long seed) {
		this.random = new SplittableRandom(seed);
		this.language = new TreatyLanguage(this.random);
		this.mutation = mutation;
		this.family = new int[provisions];
		int instrument = 0;
		while (this.provisions.size() < provisions) {
			int size = Math.min(5 + this.random.nextInt(95), provisions - this.provisions.size());
			writeInstrument(instrument++, size, provisions);
		}
	}

	public List<Provision> provisions() {
		return this.provisions;
	}

	public List<Planted> planted() {
		return this.planted;
	}

	/** Whether two provisions are in one family of copies (a copy, its source, their sources and other copies). */
	public boolean related(String a, String b) {
		return root(ordinal(a)) == root(ordinal(b));
	}

	private void writeInstrument(int instrument, int size, int total) {
		String id = "reuse-inst-" + instrument;
		String date = date(instrument, total);
		int firstOfInstrument = this.provisions.size();
		for (int j = 0; j < size; j++) {
			int ordinal = this.provisions.size();
			this.family[ordinal] = ordinal;
			String provision = "reuse-prov-" + instrument + "-" + j;
			List<String> text = (firstOfInstrument > 0 && this.random.nextInt(4) == 0)
					? copy(ordinal, provision, firstOfInstrument) : original(ordinal);
			this.ordinals.put(provision, ordinal);
			this.provisions.add(new Provision(provision, id, date, String.join(" ", text)));
		}
	}

	/** Dates rise with the instrument over sixty years; precision is then dropped to the month or year. */
	private @Nullable String date(int instrument, int total) {
		LocalDate day = LocalDate.of(1960, 1, 1).plusDays(60L * 365 * instrument * 52 / Math.max(1, total));
		int precision = this.random.nextInt(20);
		if (precision == 0) {
			return null;
		}
		String text = day.toString();
		return (precision <= 2) ? text.substring(0, 4) : (precision <= 5) ? text.substring(0, 7) : text;
	}

	private List<String> original(int ordinal) {
		int roll = this.random.nextInt(2_000);
		int words = (roll == 0) ? 10_000 + this.random.nextInt(5_000)
				: (roll < 60) ? 300 + this.random.nextInt(1_200)
						: (int) Math.max(15, Math.min(4_000, Math.exp(Math.log(120) + 0.6 * gaussian())));
		List<String> text = new ArrayList<>(this.language.sentences(words));
		if (this.random.nextInt(10) < 4) {
			text.add(this.random.nextInt(text.size() + 1), this.language.boilerplate());
		}
		if (words >= 300) {
			this.articles.add(ordinal);
		}
		else if (words >= 40 && words <= 120) {
			this.paragraphs.add(ordinal);
		}
		return text;
	}

	private List<String> copy(int ordinal, String id, int firstOfInstrument) {
		int source = (!this.copies.isEmpty() && this.random.nextInt(10) < 3) ? this.copies.get(this.random.nextInt(this.copies.size()))
				: this.random.nextInt(firstOfInstrument);
		if (source >= firstOfInstrument) {
			source = this.random.nextInt(firstOfInstrument);
		}
		int roll = this.random.nextInt(100);
		Kind kind = (roll < 8) ? Kind.EXCERPT : (roll < 16) ? Kind.EMBEDDED : (roll < 40) ? Kind.PARTIAL : Kind.WHOLE;
		if (kind == Kind.EXCERPT) {
			source = earlier(this.articles, firstOfInstrument, source);
		}
		else if (kind == Kind.EMBEDDED) {
			source = earlier(this.paragraphs, firstOfInstrument, source);
		}
		List<String> from = sentences(this.provisions.get(source).text());
		List<String> text = switch (kind) {
			case WHOLE -> mutate(from);
			case PARTIAL -> partial(from);
			case EXCERPT -> mutate(excerpt(from));
			case EMBEDDED -> embedded(mutate(from));
		};
		this.planted.add(new Planted(id, this.provisions.get(source).id(), kind));
		this.copies.add(ordinal);
		this.family[ordinal] = root(source);
		return text;
	}

	/** A random earlier provision from the list, or the fallback when the list has none. */
	private int earlier(List<Integer> candidates, int before, int fallback) {
		int count = 0;
		while (count < candidates.size() && candidates.get(count) < before) {
			count++;
		}
		return (count == 0) ? fallback : candidates.get(this.random.nextInt(count));
	}

	private List<String> partial(List<String> from) {
		int keep = Math.max(1, (int) Math.round(from.size() * (0.5 + 0.3 * this.random.nextDouble())));
		int start = this.random.nextInt(from.size() - keep + 1);
		List<String> text = new ArrayList<>(mutate(from.subList(start, start + keep)));
		int words = String.join(" ", text).split(" ").length;
		List<String> fresh = this.language.sentences(Math.max(1, (int) (words * 0.5 * this.random.nextDouble())));
		text.addAll(this.random.nextBoolean() ? 0 : text.size(), fresh.subList(0, Math.max(1, fresh.size() - 1)));
		return text;
	}

	/** Consecutive sentences of the source, 40 words at least and about 80 at most. */
	private List<String> excerpt(List<String> from) {
		int start = this.random.nextInt(Math.max(1, from.size() - 6));
		List<String> text = new ArrayList<>();
		int words = 0;
		for (int s = start; s < from.size() && words < 40; s++) {
			text.add(from.get(s));
			words += from.get(s).split(" ").length;
		}
		return text;
	}

	private List<String> embedded(List<String> paragraph) {
		List<String> text = new ArrayList<>(this.language.sentences(200 + this.random.nextInt(400)));
		text.addAll(this.random.nextInt(text.size() + 1), paragraph);
		return text;
	}

	/** Sentences swapped and words edited until {@code mutation} of the words are touched. */
	List<String> mutate(List<String> from) {
		List<String> sentences = new ArrayList<>(from);
		for (int s = 0; s < sentences.size(); s++) {
			if (this.random.nextDouble() < this.mutation / 2) {
				int other = this.random.nextInt(sentences.size());
				String swap = sentences.get(s);
				sentences.set(s, sentences.get(other));
				sentences.set(other, swap);
			}
		}
		List<String> words = new ArrayList<>(Arrays.asList(String.join(" ", sentences).split(" ")));
		edit(words);
		return sentences(String.join(" ", words));
	}

	/** Edits of 1 to 4 words until {@code mutation} of them are touched. */
	private void edit(List<String> words) {
		int target = (int) Math.round(this.mutation * words.size());
		int touched = 0;
		while (touched < target && !words.isEmpty()) {
			int length = Math.min(target - touched, 1 + Math.min(3, (int) (-Math.log(1 - this.random.nextDouble()) * 1.2)));
			int at = this.random.nextInt(words.size());
			int op = this.random.nextInt(100);
			for (int w = 0; w < length; w++) {
				if (op < 55) {
					words.set(Math.min(words.size() - 1, at + w), this.language.word());
				}
				else if (op < 75) {
					words.add(at, this.language.word());
				}
				else if (words.size() > 1) {
					words.remove(Math.min(words.size() - 1, at));
				}
			}
			touched += length;
		}
	}

	/** A text's sentences: its words up to each one that ends with a full stop. */
	static List<String> sentences(String text) {
		List<String> result = new ArrayList<>();
		StringBuilder sentence = new StringBuilder();
		for (String word : text.split(" ")) {
			sentence.append((sentence.length() == 0) ? "" : " ").append(word);
			if (word.endsWith(".")) {
				result.add(sentence.toString());
				sentence.setLength(0);
			}
		}
		if (sentence.length() > 0) {
			result.add(sentence.toString());
		}
		return result;
	}

	private double gaussian() {
		double u = 1 - this.random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random.nextDouble());
	}

	private int ordinal(String id) {
		Integer ordinal = this.ordinals.get(id);
		if (ordinal == null) {
			throw new IllegalArgumentException("no provision " + id);
		}
		return ordinal;
	}

	private int root(int ordinal) {
		while (this.family[ordinal] != ordinal) {
			ordinal = this.family[ordinal];
		}
		return ordinal;
	}

}
