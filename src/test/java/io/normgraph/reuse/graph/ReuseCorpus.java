package io.normgraph.reuse.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.normgraph.corpus.CorpusFiles;

/**
 * A small corpus with planted reuse, written as CSV for the importer: an instrument of 2001, one
 * of 2010 whose first provision copies the 2001 one's (with a changed word), and an undated one
 * whose provision copies another 2001 provision; the rest unrelated. Words are drawn at random
 * from a made-up vocabulary so nothing is boilerplate.
 */
final class ReuseCorpus {

	static final String ID = "reuse-test";

	final String old1;

	final String old2;

	final String new1;

	final String undated1;

	ReuseCorpus() {
		Random random = new Random(14);
		this.old1 = paragraph(random, 60);
		this.old2 = paragraph(random, 60);
		this.new1 = "In addition the members agree that " + this.old1.replaceFirst("\\S+$", "changed") + " Further text "
				+ paragraph(random, 10);
		this.undated1 = this.old2;
	}

	CorpusFiles write(Path root) {
		Path dir = root.resolve(ID);
		file(dir, "nodes/Source.csv", "id,name,source,locator", "reuse-test-source,A test source,reuse-test-source,1");
		file(dir, "nodes/Instrument.csv", "id,name,source,locator,date",
				"rt-old,Old agreement,reuse-test-source,1,2001-05-01", "rt-new,New agreement,reuse-test-source,2,2010-01-01",
				"rt-undated,Undated agreement,reuse-test-source,3,");
		List<String> provisions = new ArrayList<>(List.of("id,name,source,locator,text"));
		provisions.add("rt-old-1,Old 1,reuse-test-source,1.1," + this.old1);
		provisions.add("rt-old-2,Old 2,reuse-test-source,1.2," + this.old2);
		provisions.add("rt-new-1,New 1,reuse-test-source,2.1," + this.new1);
		provisions.add("rt-new-2,New 2,reuse-test-source,2.2," + paragraph(new Random(2), 50));
		provisions.add("rt-undated-1,Undated 1,reuse-test-source,3.1," + this.undated1);
		file(dir, "nodes/Provision.csv", provisions.toArray(String[]::new));
		file(dir, "relationships/PART_OF.csv", "from,to,source,locator", "rt-old-1,rt-old,reuse-test-source,1",
				"rt-old-2,rt-old,reuse-test-source,1", "rt-new-1,rt-new,reuse-test-source,2",
				"rt-new-2,rt-new,reuse-test-source,2", "rt-undated-1,rt-undated,reuse-test-source,3");
		return CorpusFiles.fromDirectory(dir);
	}

	private static String paragraph(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append((i == 0) ? "" : " ").append(word(random));
		}
		return text.toString();
	}

	private static String word(Random random) {
		String consonants = "bdfgklmnprstvz";
		String vowels = "aeiou";
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 2 + random.nextInt(2); i++) {
			word.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(5)));
		}
		return word.toString();
	}

	private static void file(Path dir, String path, String... lines) {
		try {
			Path file = dir.resolve(path);
			Files.createDirectories(file.getParent());
			Files.writeString(file, String.join("\n", lines) + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
