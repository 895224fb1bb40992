package io.normgraph.reuse.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.reuse.ProvisionText;
import io.normgraph.reuse.TextLookup;
import io.normgraph.reuse.graph.ReadStatements.Scope;

/**
 * The provisions of the graph as detection reads them: page by page in id order (so millions
 * are never held at once), each with its nearest instrument and that instrument's date, and
 * their texts looked up a batch of ids at a time.
 */
final class GraphProvisions implements TextLookup {

	static final int PAGE = 5_000;

	private final Neo4jClient client;

	private final ReuseSchema schema;

	private final Map<String, @Nullable String> instrumentDates = new HashMap<>();

	GraphProvisions(Neo4jClient client, ReuseSchema schema) {
		this.client = client;
		this.schema = schema;
		for (Map<String, Object> row : client.query(ReadStatements.instruments(schema)).fetch().all()) {
			this.instrumentDates.put((String) row.get("id"), firstDate(row.get("dates")));
		}
	}

	/** How many provisions of the graph have a text, and how many characters their texts have in all. */
	static Volume volume(Neo4jClient client, ReuseSchema schema) {
		Map<String, Object> row = client.query(ReadStatements.volume(schema)).fetch().one().orElse(Map.of());
		return new Volume(((Number) row.getOrDefault("provisions", 0L)).longValue(),
				((Number) row.getOrDefault("characters", 0L)).longValue());
	}

	/** Provisions with text and their characters in all. */
	record Volume(long provisions, long characters) {
	}

	/**
	 * The provisions in a scope, in id order ({@code corpus} is required unless the scope is
	 * {@link Scope#ALL}). A corpus's are found from the corpus (their ids first, then the
	 * provisions {@link #PAGE} at a time), so the cost follows the corpus, not the graph.
	 */
	Iterable<ProvisionText> provisions(Scope scope, @Nullable String corpus) {
		if (scope == Scope.CORPUS) {
			String id = Objects.requireNonNull(corpus, "corpus");
			return () -> provisions(corpusIds(id)).iterator();
		}
		String statement = ReadStatements.page(this.schema, scope);
		return () -> new Pages(statement, corpus);
	}

	/** The ids of a corpus's provisions, sorted. */
	private List<String> corpusIds(String corpus) {
		SortedSet<String> ids = new TreeSet<>();
		for (boolean asserted : new boolean[] { false, true }) {
			this.client.query(ReadStatements.corpusUnits(this.schema, asserted)).bind(corpus).to("corpus")
				.fetchAs(String.class).all().forEach(ids::add);
		}
		return List.copyOf(ids);
	}

	/**
	 * The provisions with these ids, {@link #PAGE} ids a query; ids that are not provisions (or
	 * no longer in the graph) are left out.
	 */
	Iterable<ProvisionText> provisions(List<String> ids) {
		return () -> new Iterator<>() {

			private int from;

			private Iterator<ProvisionText> page = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!this.page.hasNext() && this.from < ids.size()) {
					List<String> batch = ids.subList(this.from, Math.min(ids.size(), this.from + PAGE));
					this.from += batch.size();
					List<ProvisionText> read = new ArrayList<>();
					GraphProvisions.this.client.query(ReadStatements.byIds(GraphProvisions.this.schema)).bind(batch)
						.to("ids").fetch().all().forEach((row) -> read.add(provision(row)));
					this.page = read.iterator();
				}
				return this.page.hasNext();
			}

			@Override
			public ProvisionText next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.page.next();
			}

		};
	}

	/** The instrument's date as the graph gives it now, null when it has none (or is no instrument). */
	@Nullable String instrumentDate(String id) {
		return this.instrumentDates.get(id);
	}

	/** Whether the graph has an instrument with this id (a unit in no instrument stands for itself). */
	boolean isInstrument(String id) {
		return this.instrumentDates.containsKey(id);
	}

	@Override
	public Map<String, String> texts(Collection<String> ids) {
		Map<String, String> texts = new HashMap<>();
		this.client.query(ReadStatements.texts(this.schema)).bind(List.copyOf(ids)).to("ids").fetch().all()
			.forEach((row) -> {
				if (row.get("text") instanceof String text) {
					texts.put((String) row.get("id"), text);
				}
			});
		return texts;
	}

	private ProvisionText provision(Map<String, Object> row) {
		String id = (String) row.get("id");
		Object instrument = row.get("instrument");
		// A unit in no instrument is its own instrument: it is still compared with everything else.
		String instrumentId = (instrument instanceof String i) ? i : id;
		return new ProvisionText(id, instrumentId, this.instrumentDates.get(instrumentId), (String) row.get("text"));
	}

	private static @Nullable String firstDate(@Nullable Object dates) {
		if (dates instanceof List<?> values) {
			for (Object value : values) {
				if (value != null) {
					return value.toString();
				}
			}
		}
		return null;
	}

	private final class Pages implements Iterator<ProvisionText> {

		private final String statement;

		private final @Nullable String corpus;

		private List<ProvisionText> page = List.of();

		private int next;

		private String after = "";

		private boolean last;

		Pages(String statement, @Nullable String corpus) {
			this.statement = statement;
			this.corpus = corpus;
		}

		@Override
		public boolean hasNext() {
			if (this.next < this.page.size()) {
				return true;
			}
			if (this.last) {
				return false;
			}
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("after", this.after);
			parameters.put("size", PAGE);
			if (this.corpus != null) {
				parameters.put("corpus", this.corpus);
			}
			List<ProvisionText> read = new ArrayList<>();
			GraphProvisions.this.client.query(this.statement).bindAll(parameters).fetch().all()
				.forEach((row) -> read.add(provision(row)));
			this.page = read;
			this.next = 0;
			this.last = read.size() < PAGE;
			if (!read.isEmpty()) {
				this.after = read.get(read.size() - 1).id();
			}
			return !read.isEmpty();
		}

		@Override
		public ProvisionText next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.page.get(this.next++);
		}

	}

}
