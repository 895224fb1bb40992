package io.normgraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example queries shipped in the jar ({@code cypher/queries/*.cypher}), in file order.
 */
@Component
class SavedQueries {

	static final String LOCATION = "classpath*:cypher/queries/*.cypher";

	private final List<SavedQuery> queries;

	SavedQueries() {
		this.queries = load();
	}

	List<SavedQuery> all() {
		return this.queries;
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
			return SavedQuery.parse(Objects.requireNonNull(resource.getFilename()),
					resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
