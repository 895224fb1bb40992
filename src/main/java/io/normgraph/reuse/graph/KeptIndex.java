package io.normgraph.reuse.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.normgraph.database.EmbeddedNeo4jAddresses;
import io.normgraph.reuse.ReuseIndex;
import io.normgraph.reuse.ReuseSettings;

/**
 * The detection index of everything in the graph, kept between runs so that a run after an
 * import compares only what the import changed, and a run for a corpus only that corpus's
 * provisions (docs/reuse.md, "After every import"): in memory
 * while the process lives, and in {@value #FILE} in the embedded database's data directory when
 * it ends, so that the next process (a {@code import} command) takes it up instead of rebuilding
 * it from every stored text. An index is stamped with each corpus's {@code importedAt} when it
 * last held the graph; it is taken up only if every corpus but the one just imported still has
 * that stamp, and it is thrown away (file included) when the graph changes without it (an import
 * whose run was off or failed). A file is deleted when taken up, so a process killed before it
 * wrote the next one leaves none.
 */
@Component
class KeptIndex implements DisposableBean {

	static final String FILE = "reuse-index.bin";

	private static final String STAMP = "reuse-index.properties";

	private static final Log logger = LogFactory.getLog(KeptIndex.class);

	private static final String CORPORA = "MATCH (c:Corpus) RETURN c.id AS id, toString(c.importedAt) AS at";

	private final Neo4jClient client;

	private final ObjectProvider<EmbeddedNeo4jAddresses> embedded;

	private @Nullable ReuseIndex index;

	private Map<String, String> stamp = Map.of();

	/** Counts the graph's changes (imports, removals), so a run that overlapped one keeps nothing. */
	private long generation;

	private final Set<String> removed = new HashSet<>();

	private final Set<String> rollups = new HashSet<>();

	KeptIndex(Neo4jClient client, ObjectProvider<EmbeddedNeo4jAddresses> embedded) {
		this.client = client;
		this.embedded = embedded;
	}

	/**
	 * What a run after an import takes: the index (null when it must be rebuilt), provisions
	 * deleted since, instruments whose roll-up to redo, the graph's stamp and generation now.
	 */
	record Taken(@Nullable ReuseIndex index, Set<String> removed, Set<String> rollups, Map<String, String> stamp,
			long generation) {
	}

	/**
	 * The index that held the graph before {@code corpus} was imported or removed, or, with no
	 * corpus, the one that holds the graph as it is (a run for a corpus), if there is one.
	 */
	synchronized Taken take(@Nullable String corpus, ReuseSettings settings) {
		Map<String, String> now = corpora();
		ReuseIndex taken = this.index;
		if (taken != null && !sameBut(this.stamp, now, corpus)) {
			logger.info("Text reuse: the index in memory no longer holds the graph (another process changed it); rebuilding it");
			taken = null;
		}
		if (taken == null) {
			taken = load(now, corpus, settings);
		}
		Taken result = new Taken(taken, Set.copyOf(this.removed), Set.copyOf(this.rollups), now, this.generation);
		this.index = null;
		this.removed.clear();
		this.rollups.clear();
		return result;
	}

	/** The graph's stamp now: each corpus's id and when it was last imported. */
	Map<String, String> corpora() {
		Map<String, String> corpora = new TreeMap<>();
		this.client.query(CORPORA).fetch().all()
			.forEach((row) -> corpora.put((String) row.get("id"), String.valueOf(row.get("at"))));
		return corpora;
	}

	synchronized long generation() {
		return this.generation;
	}

	/** Keeps an index that holds the graph as stamped at {@code generation}, unless the graph changed since. */
	synchronized void keep(ReuseIndex index, long generation, Map<String, String> stamp) {
		if (generation == this.generation) {
			this.index = index;
			this.stamp = Map.copyOf(stamp);
		}
	}

	/** The graph's provisions changed. */
	synchronized void graphChanged() {
		this.generation++;
	}

	/** The graph changed in a way the index did not follow: the next run rebuilds it. */
	synchronized void invalidate() {
		this.index = null;
		this.removed.clear();
		Path file = file();
		if (file != null) {
			delete(file);
		}
	}

	/** Provisions are being deleted, and the roll-ups of these instruments with them. */
	synchronized void removing(Collection<String> ids, Collection<String> instruments) {
		this.removed.addAll(ids);
		this.rollups.addAll(instruments);
	}

	/** Roll-ups a failed run did not redo: the next run does. */
	synchronized void rollupsToRedo(Collection<String> instruments) {
		this.rollups.addAll(instruments);
	}

	/** At the end of the process: the index goes to its file for the next one. */
	@Override
	public synchronized void destroy() {
		Path file = file();
		ReuseIndex kept = this.index;
		if (file == null || kept == null) {
			return;
		}
		long start = System.nanoTime();
		Path partial = file.resolveSibling(FILE + ".partial");
		try {
			try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				kept.writeTo(channel);
			}
			Properties stamp = new Properties();
			this.stamp.forEach(stamp::setProperty);
			try (OutputStream out = Files.newOutputStream(file.resolveSibling(STAMP))) {
				stamp.store(out, "the corpora as imported when " + FILE + " held the graph");
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			this.index = null;
			logger.info("Text reuse: kept the index of " + kept.provisions() + " provisions in " + file + " ("
					+ Files.size(file) / (1 << 20) + " MiB, " + (System.nanoTime() - start) / 1_000_000 + " ms)");
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Text reuse: could not keep the index in " + file + " (" + ex.getMessage()
					+ "); the next process rebuilds it");
			delete(partial);
			delete(file);
		}
	}

	private @Nullable ReuseIndex load(Map<String, String> now, @Nullable String corpus, ReuseSettings settings) {
		Path file = file();
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		long start = System.nanoTime();
		try {
			Properties stamp = new Properties();
			try (InputStream in = Files.newInputStream(file.resolveSibling(STAMP))) {
				stamp.load(in);
			}
			Map<String, String> written = new TreeMap<>();
			stamp.stringPropertyNames().forEach((name) -> written.put(name, stamp.getProperty(name)));
			if (!sameBut(written, now, corpus)) {
				logger.info("Text reuse: " + file + " is stale (the graph changed since it was written); rebuilding the index");
				return null;
			}
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
				ReuseIndex read = ReuseIndex.readFrom(channel, settings);
				logger.info("Text reuse: took up the index of " + read.provisions() + " provisions from " + file + " in "
						+ (System.nanoTime() - start) / 1_000_000 + " ms");
				return read;
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.info("Text reuse: could not read " + file + " (" + ex.getMessage() + "); rebuilding the index");
			return null;
		}
		finally {
			delete(file);
		}
	}

	/** Whether two stamps agree on every corpus but {@code corpus} (the one just imported or removed; null: on all). */
	static boolean sameBut(Map<String, String> a, Map<String, String> b, @Nullable String corpus) {
		Map<String, String> x = new TreeMap<>(a);
		Map<String, String> y = new TreeMap<>(b);
		if (corpus != null) {
			x.remove(corpus);
			y.remove(corpus);
		}
		return Objects.equals(x, y);
	}

	/** Where the index file goes in the embedded database's data directory. */
	Path location() {
		return Objects.requireNonNull(file(), "no data directory");
	}

	private @Nullable Path file() {
		EmbeddedNeo4jAddresses addresses = this.embedded.getIfAvailable();
		return (addresses != null) ? addresses.dataDirectory().resolve(FILE) : null;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
			Files.deleteIfExists(file.resolveSibling(STAMP));
		}
		catch (IOException ex) {
			logger.warn("Text reuse: could not delete " + file + " (" + ex.getMessage() + ")");
		}
	}

}
