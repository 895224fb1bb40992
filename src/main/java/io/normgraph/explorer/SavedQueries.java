package io.normgraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.normgraph.corpus.Corpora;

/**
 * The example queries: normgraph's own, shipped in the jar ({@code cypher/queries/*.cypher}),
 * then each loaded corpus's, in the order the corpora were first imported, each in file order.
 */
@Component
class SavedQueries {

	static final String LOCATION = "classpath*:cypher/queries/*.cypher";

	private final List<SavedQuery> own;

	private final Corpora corpora;

	SavedQueries(Corpora corpora) {
		this.own = load();
		this.corpora = corpora;
	}

	List<SavedQuery> all() {
		List<SavedQuery> all = new ArrayList<>(this.own);
		this.corpora.queries()
			.forEach((corpus, queries) -> queries
				.forEach((query) -> all.add(SavedQuery.parse(corpus, query.file(), query.text()))));
		return all;
	}

	private static List<SavedQuery> load() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			return Arrays.stream(resources)
				.sorted(Comparator.comparing((Resource resource) -> Objects.requireNonNull(resource.getFilename())))
				.map(SavedQueries::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SavedQuery read(Resource resource) {
		try {
			return SavedQuery.parse(null, Objects.requireNonNull(resource.getFilename()),
					resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
