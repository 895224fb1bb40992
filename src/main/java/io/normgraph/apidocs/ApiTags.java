package io.normgraph.apidocs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API's sections in the order a user reads them, each with what it is for. Controllers
 * name their section ({@code @Tag(name = "lineage")}); this is the one place that describes
 * and orders them. Swagger UI shows sections in the document's order; a section not listed
 * here would come last, and the API document test refuses it.
 */
@Component
class ApiTags implements OpenApiCustomizer {

	static final Map<String, String> ORDER = orderedDescriptions();

	private static Map<String, String> orderedDescriptions() {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("nodes", "A node by id with its properties and provenance, nodes of one label, a node's neighbourhood");
		tags.put("lineage", "Where a provision or instrument came from and what derives from it, with depth and path");
		tags.put("comparison", "One instrument against another, provision by provision, with the issue and the departure");
		tags.put("stances", "Who supported or opposed what, at which meeting, doing what; coalitions");
		tags.put("timeline", "Meetings and decisions in time order; the forums an agenda was carried to");
		tags.put("versions", "The versions of a text in order (draft, revised, adopted, amended) and a word-level diff of any two texts");
		tags.put("search", "Full-text search over names, texts, headings, summaries and quotes");
		tags.put("exports", "The whole graph or the subgraph around a node as GraphML, GEXF, Cytoscape.js JSON or CSV");
		tags.put("schema", "The labels, relationship types and properties in force, with their roles and who declared them");
		tags.put("corpora", "The corpora in the graph: what each holds, declares and came from");
		tags.put("imports", "Importing a corpus (a zip of CSV files): checked whole, then written whole or not at all");
		tags.put("reuse", "Text reuse detection: what a node reuses and what reuses it, starting a run, its progress, accepting a finding as an asserted derivation");
		return Collections.unmodifiableMap(tags);
	}

	@Override
	public void customise(OpenAPI openApi) {
		Set<String> used = new LinkedHashSet<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.stream()
					.map(Operation::getTags)
					.filter(Objects::nonNull)
					.forEach(used::addAll));
		}
		List<Tag> tags = new ArrayList<>();
		for (String name : used) {
			tags.add(new Tag().name(name).description(ORDER.get(name)));
		}
		List<String> order = List.copyOf(ORDER.keySet());
		tags.sort(Comparator.comparingInt((Tag tag) -> {
			int index = order.indexOf(tag.getName());
			return (index >= 0) ? index : order.size();
		}));
		openApi.setTags(tags);
	}

}
