package io.normgraph.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Text that reads like treaty language, for measuring text-reuse detection on something harder
 * than uniform random words: sentences from a small grammar of obligations ("Each Party shall
 * ensure that ... in accordance with ..."), words and set phrases drawn with Zipf-like weights,
 * so unrelated texts share common collocations the way real agreements do, and a bank of
 * boilerplate sentences that many provisions carry word for word.
 */
public final class TreatyLanguage {

	static final String[] SUBJECTS = { "Each Party", "The Parties", "Members", "The competent authorities",
			"A Contracting Party", "The Committee", "Customs administrations", "The Secretariat",
			"Each Member State", "The requesting Party", "The Council", "Right holders", "The judicial authorities",
			"The Joint Committee", "A Party", "The importing Party", "National authorities", "The Director-General" };

	static final String[] MODALS = { "shall", "may", "shall not", "should", "undertake to", "shall endeavour to",
			"are encouraged to", "shall, where appropriate," };

	static final String[] VERBS = { "ensure", "adopt", "provide", "take", "establish", "maintain", "notify",
			"apply", "implement", "promote", "facilitate", "consider", "designate", "publish", "review", "suspend",
			"authorise", "require", "exchange", "grant", "protect", "enforce", "examine", "submit", "recognise",
			"inform", "coordinate", "monitor", "prevent", "prohibit", "encourage", "determine", "retain", "release",
			"destroy", "seize", "detain", "inspect", "assess", "verify", "disclose", "afford", "accord", "refrain from",
			"cooperate on", "consult on", "report on", "give effect to", "make available", "communicate" };

	static final String[] ADJECTIVES = { "competent", "appropriate", "necessary", "effective", "relevant",
			"national", "international", "administrative", "judicial", "technical", "reasonable", "adequate",
			"specific", "general", "provisional", "criminal", "civil", "commercial", "sanitary", "phytosanitary",
			"customs", "infringing", "counterfeit", "pirated", "confidential", "public", "private", "fair",
			"equitable", "transparent", "timely", "prompt", "deterrent", "proportionate", "non-discriminatory",
			"preferential", "originating", "bilateral", "multilateral", "regional", "sectoral", "legitimate",
			"essential", "environmental", "financial", "scientific", "statistical", "electronic", "written", "annual",
			"existing", "domestic", "foreign", "mutual", "exclusive", "substantial", "serious", "expeditious" };

	static final String[] NOUNS = { "measures", "goods", "procedures", "authorities", "information", "rights",
			"obligations", "provisions", "requirements", "protection", "enforcement", "remedies", "treatment",
			"cooperation", "assistance", "investment", "services", "trade", "tariffs", "duties", "origin", "products",
			"standards", "regulations", "agreement", "chapter", "article", "annex", "party", "territory", "nationals",
			"enterprises", "investors", "disputes", "consultations", "panel", "committee", "decision", "request",
			"notification", "documentation", "evidence", "security", "bond", "guarantee", "compensation", "damages",
			"injunctions", "infringement", "trademark", "copyright", "patent", "licence", "holder", "importer",
			"exporter", "consignment", "shipment", "release", "detention", "seizure", "destruction", "disposal",
			"transit", "inspection", "risk", "assessment", "data", "confidentiality", "transparency", "publication",
			"exceptions", "safeguards", "subsidies", "quotas", "quantities", "valuation", "classification",
			"certificate", "declaration", "application", "appeal", "review", "hearing", "proceedings", "penalties",
			"sanctions", "fees", "charges", "costs", "capacity", "training", "programmes", "projects", "resources",
			"health", "environment", "labour", "competition", "procurement", "contracts", "tenders", "suppliers",
			"institutions", "organisations", "experts", "officials", "representatives", "delegations", "meetings",
			"reports", "recommendations", "guidelines", "principles", "objectives", "purposes", "scope", "terms",
			"conditions", "limits", "periods", "dates", "amendments", "ratification", "accession", "withdrawal",
			"entry", "force", "depositary", "languages", "texts", "interpretation", "settlement", "arbitration",
			"mediation", "conciliation", "jurisdiction", "law", "legislation", "practices", "policies", "systems" };

	static final String[] PREPOSITIONS = { "in accordance with", "with respect to", "for the purposes of",
			"without prejudice to", "subject to", "in respect of", "pursuant to", "in relation to", "on the basis of",
			"in the light of", "consistent with", "by means of", "under", "for", "to", "of", "on", "in", "with",
			"against", "between", "within the framework of", "at the request of", "in the case of" };

	static final String[] DETERMINERS = { "the", "the", "the", "any", "such", "all", "its", "their", "each", "a",
			"other", "those" };

	/** Sentences many provisions carry word for word, as agreements do. */
	static final String[] BOILERPLATE = {
			"Nothing in this Agreement shall be construed to prevent a Party from adopting or enforcing measures necessary to protect public morals.",
			"The Parties shall cooperate in good faith to achieve the objectives of this Chapter.",
			"For the purposes of this Article, the competent authorities shall be those designated by each Party.",
			"This Article shall not apply to goods in transit.",
			"Each Party shall notify the other Parties of any measure that may affect the operation of this Agreement.",
			"The provisions of this Chapter shall be without prejudice to the rights and obligations of the Parties under the WTO Agreement.",
			"Any dispute concerning the interpretation or application of this Agreement shall be settled through consultations between the Parties.",
			"This Agreement shall enter into force on the thirtieth day following the date of deposit of the last instrument of ratification.",
			"Each Party shall make publicly available its laws, regulations and administrative rulings of general application.",
			"The Parties shall exchange information on their respective laws and practices in the areas covered by this Chapter.",
			"Information provided under this Article shall be treated as confidential and used only for the purposes for which it was provided.",
			"The Joint Committee shall review the implementation of this Chapter at its regular meetings." };

	private static final String[] CLAUSES = { ", provided that", ", where", ", including", ", unless", ", in particular",
			", and" };

	private final SplittableRandom random;

	public TreatyLanguage(SplittableRandom random) {
		this.random = random;
	}

	/** Sentences of about {@code words} words in all (never fewer), boilerplate never included. */
	public List<String> sentences(int words) {
		List<String> sentences = new ArrayList<>();
		int count = 0;
		while (count < words) {
			String sentence = sentence();
			sentences.add(sentence);
			count += sentence.split(" ").length;
		}
		return sentences;
	}

	/** One obligation, 10 to 40 words. */
	public String sentence() {
		StringBuilder s = new StringBuilder();
		s.append(pick(SUBJECTS)).append(' ').append(pick(MODALS)).append(' ').append(pick(VERBS)).append(' ');
		nounPhrase(s);
		int phrases = this.random.nextInt(3);
		for (int p = 0; p < phrases; p++) {
			s.append(' ').append(pick(PREPOSITIONS)).append(' ');
			nounPhrase(s);
		}
		if (this.random.nextInt(3) == 0) {
			s.append(pick(CLAUSES)).append(' ');
			nounPhrase(s);
			s.append(' ').append(pick(MODALS)).append(' ').append(pick(VERBS)).append(' ');
			nounPhrase(s);
		}
		if (this.random.nextInt(4) == 0) {
			s.append(" within ").append(10 + this.random.nextInt(80)).append(" days");
		}
		return s.append('.').toString();
	}

	/** A boilerplate sentence. */
	public String boilerplate() {
		return pick(BOILERPLATE);
	}

	/** A word for a substitution or an insertion: an adjective, a noun, a verb or a determiner. */
	public String word() {
		return switch (this.random.nextInt(4)) {
			case 0 -> pick(ADJECTIVES);
			case 1 -> pick(NOUNS);
			case 2 -> pick(VERBS).split(" ")[0];
			default -> pick(DETERMINERS);
		};
	}

	private void nounPhrase(StringBuilder s) {
		s.append(pick(DETERMINERS)).append(' ');
		if (this.random.nextInt(2) == 0) {
			s.append(pick(ADJECTIVES)).append(' ');
		}
		s.append(pick(NOUNS));
		if (this.random.nextInt(3) == 0) {
			s.append(" of ").append(pick(DETERMINERS)).append(' ').append(pick(NOUNS));
		}
	}

	/** Zipf-like: the item at rank r is picked about in proportion to 1 / (r + 1). */
	private String pick(String[] items) {
		double u = this.random.nextDouble();
		int rank = (int) Math.floor(Math.pow(items.length + 1, u)) - 1;
		return items[Math.min(items.length - 1, Math.max(0, rank))];
	}

}
