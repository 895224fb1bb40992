package io.normgraph.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Where a corpus's CSV files come from: a directory, a zip upload (with or without one
 * top-level folder, hostile or not) or the classpath; everything else in them is ignored.
 */
class CorpusFilesTests {

	@TempDir
	Path root;

	@Test
	void aZipWithOrWithoutATopFolderYieldsItsCsvFilesInOrder() {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("corpus/relationships/PART_OF.csv", "from,to\n");
		entries.put("corpus/nodes/Provision.csv", "id\n");
		entries.put("corpus/README.md", "ignored");
		entries.put("corpus/nodes/._Provision.csv", "macOS metadata, ignored");
		entries.put("nodes/Actor.csv", "id\n");
		entries.put("a/b/nodes/Deep.csv", "too deep, ignored");
		entries.put("other/Forum.csv", "not under nodes/, ignored");
		entries.put("nodes/", "");
		CorpusFiles files = CorpusFiles.fromZip(zip(entries), "upload.zip");
		assertThat(files.description()).isEqualTo("upload.zip");
		assertThat(files.files()).extracting(CorpusFiles.CorpusFile::path)
			.containsExactly("nodes/Actor.csv", "nodes/Provision.csv", "relationships/PART_OF.csv");
		assertThat(read(files.files().get(1))).isEqualTo("id\n");
	}

	@Test
	void hostileOrEmptyArchivesAreRefusedWithTheReason() {
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zip(Map.of("../nodes/Actor.csv", "id\n")), "x.zip"))
			.withMessage("the archive entry '../nodes/Actor.csv' points outside the archive");
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zip(Map.of("/nodes/Actor.csv", "id\n")), "x.zip"))
			.withMessageContaining("points outside the archive");
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zip(Map.of("README.md", "nothing")), "x.zip"))
			.withMessage("the archive has no files under nodes/ or relationships/");
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip("not a zip".getBytes(StandardCharsets.UTF_8), "x.zip"))
			.withMessage("the archive has no files under nodes/ or relationships/");
		Map<String, String> many = new LinkedHashMap<>();
		for (int i = 0; i <= CorpusFiles.MAX_ZIP_ENTRIES; i++) {
			many.put("nodes/A" + i + ".csv", "id\n");
		}
		assertThatExceptionOfType(CorpusArchiveException.class).isThrownBy(() -> CorpusFiles.fromZip(zip(many), "x.zip"))
			.withMessage("the archive has more than " + CorpusFiles.MAX_ZIP_ENTRIES + " entries");
		many.remove("nodes/A0.csv");
		assertThat(CorpusFiles.fromZip(zip(many), "x.zip").files()).hasSize(CorpusFiles.MAX_ZIP_ENTRIES);
	}

	/**
	 * The unpack limit counts what every entry unpacks to, whatever the archive's own size: an
	 * archive of exactly the limit is read, one byte more (in one entry or over several) is
	 * refused, with the limit in the message. A limit of 1 MiB stands in for the real 512 MiB.
	 */
	@Test
	void anArchiveThatUnpacksToMoreThanTheLimitIsRefusedWithTheLimit() {
		int mib = 1024 * 1024;
		byte[] half = new byte[mib / 2];
		Map<String, byte[]> exactly = new LinkedHashMap<>();
		exactly.put("nodes/A.csv", half);
		exactly.put("nodes/B.csv", half);
		byte[] fits = zipBytes(exactly);
		assertThat(fits.length).as("zeros compress: the archive itself is small").isLessThan(mib / 100);
		CorpusFiles files = CorpusFiles.fromZip(fits, "x.zip", mib);
		assertThat(files.files()).extracting(CorpusFiles.CorpusFile::size).containsExactly((long) mib / 2, (long) mib / 2);
		Map<String, byte[]> overTogether = new LinkedHashMap<>(exactly);
		overTogether.put("nodes/C.csv", new byte[1]);
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zipBytes(overTogether), "x.zip", mib))
			.withMessage("the archive unpacks to more than 1 MiB");
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zipBytes(Map.of("nodes/A.csv", new byte[mib + 1])), "x.zip", mib))
			.withMessage("the archive unpacks to more than 1 MiB");
		assertThatExceptionOfType(CorpusArchiveException.class)
			.isThrownBy(() -> CorpusFiles.fromZip(zipBytes(Map.of("nodes/A.csv", new byte[2 * mib + 1])), "x.zip", 2 * mib))
			.withMessage("the archive unpacks to more than 2 MiB");
		assertThat(CorpusFiles.MAX_UNPACKED_BYTES).isEqualTo(512L * mib);
	}

	@Test
	void aDirectoryYieldsItsNodesAndRelationshipsFiles() {
		new CorpusDirectory(this.root).file("nodes/Actor.csv", "id")
			.file("relationships/OPPOSES.csv", "from,to")
			.file("nodes/old/Actor.csv", "a folder under nodes/ is not a table, ignored")
			.file("notes.txt", "ignored");
		CorpusFiles files = CorpusFiles.fromDirectory(this.root);
		assertThat(files.description()).isEqualTo(this.root.toString());
		assertThat(files.files()).extracting(CorpusFiles.CorpusFile::path)
			.containsExactly("nodes/Actor.csv", "relationships/OPPOSES.csv");
		assertThat(read(files.files().get(0))).isEqualTo("id\n");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> CorpusFiles.fromDirectory(this.root.resolve("notes.txt")))
			.withMessage(this.root.resolve("notes.txt") + " is not a directory");
		Path empty = this.root.resolve("empty");
		new CorpusDirectory(empty).file("README.md", "no corpus");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> CorpusFiles.fromDirectory(empty))
			.withMessage(empty + " has no files under nodes/ or relationships/");
	}

	@Test
	void theBundledCorpusIsOnTheClasspath() {
		CorpusFiles files = CorpusFiles.fromClasspath(BundledCorpusLoader.BUNDLED);
		assertThat(files.description()).isEqualTo("classpath:" + BundledCorpusLoader.BUNDLED);
		assertThat(files.files()).extracting(CorpusFiles.CorpusFile::path)
			.contains("corpus.yml", "nodes/Provision.csv", "relationships/DERIVES_FROM.csv",
					"queries/01-secure-lineage-to-g8-and-safe.cypher")
			.allSatisfy((path) -> assertThat(path)
				.matches("corpus\\.yml|(nodes|relationships)/[A-Za-z_]+\\.csv|queries/[a-z0-9-]+\\.cypher"));
		assertThat(files.name()).isEqualTo("secure");
		assertThat(files.manifest()).isPresent();
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> CorpusFiles.fromClasspath("corpus/none"))
			.withMessage("No corpus on the classpath at corpus/none");
	}

	private static String read(CorpusFiles.CorpusFile file) {
		try (InputStream in = file.open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] zip(Map<String, String> entries) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return zipBytes(bytes);
	}

	private static byte[] zipBytes(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
