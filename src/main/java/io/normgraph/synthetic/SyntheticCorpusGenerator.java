package io.normgraph.synthetic;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Writes a synthetic corpus in the import format (import/README.md), the same for the same
 * size and seed. Its shape does not change with size, so a 10k and a 1M corpus differ in
 * extent, not in local structure:
 * <ul>
 * <li>one instrument per 100 provisions on average (sizes vary from 1 to 199), in
 * chronological order; every fifth provision is an article, the others its paragraphs
 * ({@code PART_OF} the article, which is {@code PART_OF} the instrument);</li>
 * <li>a derivation DAG: each provision of a later instrument {@code DERIVES_FROM} 0 to 3
 * provisions of earlier ones (mean 1.4), mostly of the last ten instruments of its family,
 * 30% of the foundational first 1% (TRIPS-like hubs with high fan-in); 30% of instruments also
 * derive from the previous one of their family;</li>
 * <li>{@code CROSS_REFERENCES}: 0 to 2 per provision (mean 0.55), 80% to an earlier provision
 * of the same instrument;</li>
 * <li>one forum per 20 instruments (a fifth of them organisations, the rest their bodies),
 * five meetings each with a decision, actors that are members, participate, promote
 * instruments and support or oppose provisions.</li>
 * <li>dated facts, for as-of queries: instruments adopted in chronological order (1950 to
 * 2020), every provision added on its instrument's adoption or, one in ten, one to five years
 * later (inserted by a revision), one in thirty deleted one to ten years after it was added;
 * memberships since a year, one in five until a later one; meetings, decisions and stances
 * dated as before.</li>
 * </ul>
 * Dates come from a random stream of their own, so the structure (the DAG, the references) is
 * the same as without them for the same seed.
 * About 3 relationships per provision: 1M provisions give about 3M relationships.
 */
public final class SyntheticCorpusGenerator {

	public static final String SOURCE = "syn-source";

	static final String[] ISSUES = { "scope", "definitions", "enforcement", "border-measures", "damages",
			"provisional-measures", "criminal-procedures", "transparency", "exceptions", "dispute-settlement",
			"cooperation", "technical-assistance", "public-health", "data-protection", "transit", "destruction",
			"information-sharing", "ex-officio-action", "remedies", "final-provisions" };

	static final String[] KINDS = { "extends", "restates", "models-on", "mandated-by", "implements", "revises" };

	private static final String[] WORDS = { "member", "shall", "provide", "competent", "authorities", "goods",
			"right", "holder", "measures", "procedures", "infringing", "customs", "judicial", "order", "party",
			"adopt", "ensure", "effective", "remedies", "information", "request", "suspend", "release", "law" };

	private static final int MEETINGS_PER_FORUM = 5;

	private final SplittableRandom random;

	/** Dates only: drawing them leaves the structure's stream untouched. */
	private final SplittableRandom dates;

	private final int provisions;

	private final long seed;

	private final int instruments;

	private final int families;

	private final int foundational;

	private final int forums;

	private final int actors;

	private final int[] sizes;

	/** Whether the corpus declares its own schema in a corpus.yml (and has rows of it). */
	private boolean declared;

	public SyntheticCorpusGenerator(int provisions, long seed) {
		if (provisions < 100) {
			throw new IllegalArgumentException("at least 100 provisions, not " + provisions);
		}
		this.random = new SplittableRandom(seed);
		this.seed = seed;
		this.dates = new SplittableRandom(seed ^ 0x5DEECE66DL);
		this.provisions = provisions;
		this.instruments = provisions / 100;
		this.families = Math.max(1, this.instruments / 50);
		this.foundational = Math.max(1, this.instruments / 100);
		this.forums = Math.max(5, this.instruments / 20);
		this.actors = Math.min(200, Math.max(20, this.instruments / 10));
		this.sizes = sizes();
	}

	/**
	 * With a corpus.yml of its own (import/README.md): an id, a name, a licence, and a declared
	 * relationship type ({@code PARTY_TO}, role membership, dated) and decimal property
	 * ({@code tariffCoverage} on instruments), with rows that use them.
	 */
	public SyntheticCorpusGenerator declared() {
		this.declared = true;
		return this;
	}

	/** Writes the corpus under {@code directory} and returns how many rows it holds. */
	public long write(Path directory) {
		if (this.declared) {
			CsvFiles.text(directory.resolve("corpus.yml"), manifest());
		}
		try (CsvFiles csv = new CsvFiles(directory)) {
			csv.row("nodes/Source.csv", "id,name,source,locator,title,author,date", SOURCE, "Synthetic corpus",
					SOURCE, "generator", "Synthetic corpus for benchmarks", "normgraph", "2026");
			new Institutions(csv).write();
			for (int i = 0; i < this.instruments; i++) {
				new InstrumentWriter(csv, i).write();
			}
			return csv.rows();
		}
	}

	private String manifest() {
		return """
				id: synthetic-%d
				name: Synthetic corpus of %,d provisions (seed %d)
				description: >-
				  Generated by normgraph's synthetic corpus generator for benchmarks: instruments, their
				  provisions with texts, lineage, cross-references, forums, actors and parties.
				licenses:
				  - name: CC0-1.0
				    title: Creative Commons Zero v1.0 Universal
				labels:
				  Instrument:
				    properties:
				      tariffCoverage: {type: decimal, description: "share of tariff lines covered, 0 to 1"}
				relationships:
				  PARTY_TO:
				    role: membership
				    connects: ["Actor -> Instrument"]
				    properties:
				      since: {type: date, time: start}
				      ratified: boolean
				""".formatted(this.provisions, this.provisions, this.seed);
	}

	/** Provisions per instrument, 1 to 199, summing exactly to the requested total. */
	private int[] sizes() {
		int[] result = new int[this.instruments];
		long total = 0;
		for (int i = 0; i < result.length; i++) {
			result[i] = 1 + this.random.nextInt(199);
			total += result[i];
		}
		while (total != this.provisions) {
			int i = this.random.nextInt(result.length);
			if (total < this.provisions && result[i] < 199) {
				result[i]++;
				total++;
			}
			else if (total > this.provisions && result[i] > 1) {
				result[i]--;
				total--;
			}
		}
		return result;
	}

	static String instrument(int i) {
		return "syn-inst-" + i;
	}

	static String provision(int i, int j) {
		return "syn-prov-" + i + "-" + j;
	}

	static String forum(int f) {
		return "syn-forum-" + f;
	}

	static String meeting(int f, int m) {
		return "syn-meeting-" + f + "-" + m;
	}

	static String actor(int a) {
		return "syn-actor-" + a;
	}

	int instruments() {
		return this.instruments;
	}

	int foundational() {
		return this.foundational;
	}

	int size(int instrument) {
		return this.sizes[instrument];
	}

	private int year(int instrument) {
		return 1950 + (int) (70L * instrument / this.instruments);
	}

	private String date(int instrument) {
		return String.format("%d-%02d-%02d", year(instrument), 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
	}

	/** When a provision of an instrument adopted on {@code adopted} entered it, and when (if ever) it left. */
	private String[] provisionDates(String adopted) {
		int year = Integer.parseInt(adopted.substring(0, 4));
		String added = (this.dates.nextInt(10) == 0) ? (year + 1 + this.dates.nextInt(5)) + adopted.substring(4) : adopted;
		String deleted = (this.dates.nextInt(30) == 0)
				? (Integer.parseInt(added.substring(0, 4)) + 1 + this.dates.nextInt(10)) + "-12-31" : "";
		return new String[] { added, deleted };
	}

	private String text(int words) {
		StringBuilder text = new StringBuilder();
		for (int w = 0; w < words; w++) {
			text.append((w == 0) ? "The" : "").append(' ').append(WORDS[this.random.nextInt(WORDS.length)]);
		}
		return text.append('.').toString();
	}

	private int forumOf(int instrument) {
		return instrument % this.forums;
	}

	/** Forums, their meetings and decisions, and the actors with their memberships. */
	private final class Institutions {

		private final CsvFiles csv;

		Institutions(CsvFiles csv) {
			this.csv = csv;
		}

		void write() {
			int organisations = Math.max(1, forums / 5);
			for (int f = 0; f < forums; f++) {
				this.csv.row("nodes/Forum.csv", "id,name,source,locator,kind,memberCount", forum(f), "Forum " + f, SOURCE,
						"forum " + f, (f < organisations) ? "organisation" : "committee", 20 + random.nextInt(160));
				if (f >= organisations) {
					this.csv.row("relationships/PART_OF.csv", "from,to,source,locator,order", forum(f),
							forum(f % organisations), SOURCE, "forum " + f, f);
				}
				for (int m = 0; m < MEETINGS_PER_FORUM; m++) {
					writeMeeting(f, m);
				}
			}
			for (int a = 0; a < actors; a++) {
				this.csv.row("nodes/Actor.csv", "id,name,source,locator,kind,region", actor(a), "Actor " + a, SOURCE,
						"actor " + a, (a % 10 == 0) ? "organisation" : "state", "region-" + (a % 6));
				for (int k = 0; k < 3; k++) {
					int since = 1950 + dates.nextInt(50);
					String until = (dates.nextInt(5) == 0) ? String.valueOf(since + 1 + dates.nextInt(30)) : "";
					this.csv.row("relationships/MEMBER_OF.csv", "from,to,source,locator,role,since,until", actor(a),
							forum((a + k * 7) % organisations), SOURCE, "actor " + a + " membership " + k,
							(k == 0 && a % 13 == 0) ? "chair" : "member", since, until);
				}
			}
		}

		private void writeMeeting(int f, int m) {
			String id = meeting(f, m);
			this.csv.row("nodes/Meeting.csv", "id,name,source,locator,startDate,session", id,
					"Session " + m + " of forum " + f, SOURCE, "meeting " + f + "/" + m, (1990 + m * 5) + "-06-1" + m, m);
			this.csv.row("relationships/HELD_BY.csv", "from,to,source,locator", id, forum(f), SOURCE,
					"meeting " + f + "/" + m);
			String decision = "syn-decision-" + f + "-" + m;
			this.csv.row("nodes/Decision.csv", "id,name,source,locator,date,outcome", decision,
					"Decision " + m + " of forum " + f, SOURCE, "decision " + f + "/" + m, (1990 + m * 5) + "-06-2" + m,
					(m % 3 == 0) ? "adopted" : (m % 3 == 1) ? "sent back" : "suspended");
			this.csv.row("relationships/TAKEN_AT.csv", "from,to,source,locator", decision, id, SOURCE,
					"decision " + f + "/" + m);
			int concerned = Math.min(instruments - 1, f + m * forums);
			this.csv.row("relationships/CONCERNS.csv", "from,to,source,locator", decision, instrument(concerned), SOURCE,
					"decision " + f + "/" + m);
			if (m > 0) {
				this.csv.row("relationships/FOLLOWS.csv", "from,to,source,locator", decision,
						"syn-decision-" + f + "-" + (m - 1), SOURCE, "decision " + f + "/" + m);
			}
			for (int k = 0; k < 3; k++) {
				this.csv.row("relationships/PARTICIPATED_IN.csv", "from,to,source,locator,role",
						actor((f * 3 + m * 5 + k) % actors), id, SOURCE, "meeting " + f + "/" + m + " participant " + k,
						"delegation");
			}
		}

	}

	/** One instrument: its provisions, their structure, lineage, cross-references and stances. */
	private final class InstrumentWriter {

		private final CsvFiles csv;

		private final int i;

		InstrumentWriter(CsvFiles csv, int i) {
			this.csv = csv;
			this.i = i;
		}

		/** The instrument's adoption date, which its provisions' dates follow. */
		private String adopted = "";

		void write() {
			String id = instrument(this.i);
			this.adopted = date(this.i);
			if (declared) {
				this.csv.row("nodes/Instrument.csv", "id,name,source,locator,kind,status,adoptedOn,version,tariffCoverage", id,
						"Instrument " + this.i, SOURCE, "instrument " + this.i, (this.i % 4 == 0) ? "treaty" : "agreement",
						(this.i % 9 == 0) ? "draft" : "adopted", this.adopted, "1", random.nextInt(1001) / 1000.0);
				for (int p = 0; p < 2 + this.i % 4; p++) {
					this.csv.row("relationships/PARTY_TO.csv", "from,to,source,locator,since,ratified", actor((this.i + p * 11) % actors),
							id, SOURCE, "instrument " + this.i + " party " + p, year(this.i), p % 3 != 0);
				}
			}
			else {
				this.csv.row("nodes/Instrument.csv", "id,name,source,locator,kind,status,adoptedOn,version", id,
						"Instrument " + this.i, SOURCE, "instrument " + this.i, (this.i % 4 == 0) ? "treaty" : "agreement",
						(this.i % 9 == 0) ? "draft" : "adopted", this.adopted, "1");
			}
			this.csv.row("relationships/NEGOTIATED_IN.csv", "from,to,source,locator,date", id, forum(forumOf(this.i)),
					SOURCE, "instrument " + this.i, year(this.i));
			this.csv.row("relationships/ADOPTED_BY.csv", "from,to,source,locator,date", id,
					forum(forumOf(this.i) % Math.max(1, forums / 5)), SOURCE, "instrument " + this.i, year(this.i));
			if (this.i >= families && random.nextInt(10) < 3) {
				this.csv.row("relationships/DERIVES_FROM.csv", "from,to,source,locator,kind,issue,deviation", id,
						instrument(this.i - families), SOURCE, "instrument " + this.i, "revises", "", "");
			}
			for (int j = 0; j < sizes[this.i]; j++) {
				writeProvision(j);
			}
			for (int k = 0; k < 3; k++) {
				int a = random.nextInt(actors);
				this.csv.row("relationships/" + ((k == 2) ? "OPPOSES" : "SUPPORTS") + ".csv",
						"from,to,source,locator,meeting,date,action", actor(a), provision(this.i, random.nextInt(sizes[this.i])),
						SOURCE, "instrument " + this.i + " stance " + k,
						SyntheticCorpusGenerator.meeting(forumOf(this.i), random.nextInt(MEETINGS_PER_FORUM)), year(this.i),
						(k == 2) ? "proposed deletion" : "proposed");
			}
			if (this.i % 7 == 0) {
				this.csv.row("relationships/PROMOTES.csv", "from,to,source,locator,date,action",
						actor(this.i % actors), id, SOURCE, "instrument " + this.i, year(this.i), "tabled");
			}
		}

		private void writeProvision(int j) {
			String id = provision(this.i, j);
			String issue = ISSUES[j % ISSUES.length];
			boolean article = j % 5 == 0;
			String[] dated = provisionDates(this.adopted);
			this.csv.row("nodes/Provision.csv", "id,name,source,locator,number,heading,issue,text,addedOn,deletedOn", id,
					"Instrument " + this.i + ", " + (article ? "article " + (j / 5 + 1) : "paragraph " + j), SOURCE,
					"instrument " + this.i + " / " + j, (j / 5 + 1) + (article ? "" : "." + (j % 5)),
					article ? "Article on " + issue : "", issue, text(8 + random.nextInt(16)), dated[0], dated[1]);
			this.csv.row("relationships/PART_OF.csv", "from,to,source,locator,order", id,
					article ? instrument(this.i) : provision(this.i, j - j % 5), SOURCE, "instrument " + this.i + " / " + j,
					j);
			if (this.i > 0) {
				derivations(id, j, issue);
			}
			int references = random.nextInt(100);
			references = (references < 55) ? 0 : (references < 90) ? 1 : 2;
			for (int r = 0; r < references; r++) {
				String to = (j > 0 && random.nextInt(10) < 8) ? provision(this.i, random.nextInt(j)) : earlierProvision(j);
				if (to != null) {
					this.csv.row("relationships/CROSS_REFERENCES.csv", "from,to,source,locator", id, to, SOURCE,
							"instrument " + this.i + " / " + j + " ref " + r);
				}
			}
		}

		/** 0 to 3 DERIVES_FROM (15/45/25/15%), to distinct provisions of earlier instruments. */
		private void derivations(String id, int j, String issue) {
			int draw = random.nextInt(100);
			int count = (draw < 15) ? 0 : (draw < 60) ? 1 : (draw < 85) ? 2 : 3;
			@Nullable String previous = null;
			for (int d = 0; d < count; d++) {
				String to = earlierProvision(j);
				if (to == null || to.equals(previous)) {
					continue;
				}
				previous = to;
				this.csv.row("relationships/DERIVES_FROM.csv", "from,to,source,locator,kind,issue,deviation", id, to,
						SOURCE, "instrument " + this.i + " / " + j + " lineage " + d, KINDS[random.nextInt(KINDS.length)],
						issue, (random.nextInt(10) == 0) ? "goes beyond the model on " + issue : "");
			}
		}

		/** A provision near position j of an earlier instrument: of the family, or foundational. */
		private @Nullable String earlierProvision(int j) {
			if (this.i == 0) {
				return null;
			}
			int target;
			if (this.i < families || random.nextInt(10) < 3) {
				target = random.nextInt(Math.min(this.i, foundational));
			}
			else {
				target = this.i - families * (1 + random.nextInt(Math.min(10, this.i / families)));
			}
			int near = Math.max(0, Math.min(sizes[target] - 1, j + random.nextInt(5) - 2));
			return provision(target, near);
		}

	}

}
