package io.normgraph.export;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import io.normgraph.graph.GraphNode;
import io.normgraph.graph.GraphRelationship;

/**
 * Cytoscape.js JSON, {@code {elements: {nodes: [{data}], edges: [{data}]}}}, which both
 * {@code cytoscape({elements})} and Cytoscape desktop (File › Import › Network from File)
 * read. Cytoscape.js reserves {@code source} and {@code target} on edges, so a
 * relationship's provenance source is {@code provenanceSource}. JSON needs no declarations, so
 * every property is written, declared or not; values as the API writes them.
 */
@Component
class CytoscapeJsonWriter implements GraphWriter {

	private final JsonMapper json;

	CytoscapeJsonWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public ExportFormat format() {
		return ExportFormat.CYJS;
	}

	@Override
	public GraphSink open(OutputStream out, ExportColumns columns) {
		JsonGenerator generator = this.json.createGenerator(out);
		generator.writeStartObject();
		generator.writeStringProperty("format_version", "1.0");
		generator.writeStringProperty("generated_by", "normgraph");
		generator.writeStringProperty("target_cytoscapejs_version", "~3");
		generator.writeName("elements");
		generator.writeStartObject();
		generator.writeName("nodes");
		generator.writeStartArray();
		generator.flush();
		return new Sink(generator);
	}

	static Map<String, Object> node(GraphNode node) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", node.id());
		data.put("label", node.name());
		data.put("name", node.name());
		data.put("labels", node.labels());
		node.properties().forEach(data::putIfAbsent);
		return Map.of("data", data);
	}

	static Map<String, Object> edge(GraphRelationship relationship) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", relationship.id());
		data.put("source", relationship.start());
		data.put("target", relationship.end());
		data.put("type", relationship.type());
		data.put("label", relationship.type());
		relationship.properties().forEach((key, value) -> data.putIfAbsent(renamed(key), value));
		return Map.of("data", data);
	}

	private static String renamed(String key) {
		return "source".equals(key) ? "provenanceSource" : key;
	}

	private static final class Sink implements GraphSink {

		private final JsonGenerator generator;

		private boolean inEdges;

		Sink(JsonGenerator generator) {
			this.generator = generator;
		}

		@Override
		public void node(GraphNode node) {
			this.generator.writePOJO(CytoscapeJsonWriter.node(node));
		}

		@Override
		public void relationship(GraphRelationship relationship) {
			startEdges();
			this.generator.writePOJO(edge(relationship));
		}

		@Override
		public void finish() {
			startEdges();
			this.generator.writeEndArray();
			this.generator.writeEndObject();
			this.generator.writeEndObject();
			this.generator.flush();
		}

		private void startEdges() {
			if (!this.inEdges) {
				this.generator.writeEndArray();
				this.generator.writeName("edges");
				this.generator.writeStartArray();
				this.inEdges = true;
			}
		}

	}

}
