package io.normgraph.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The export formats, by the name used in the URL ({@code /api/v1/exports/{format}}).
 */
public enum ExportFormat {

	GRAPHML("graphml", "application/graphml+xml", "graphml"),

	GEXF("gexf", "application/gexf+xml", "gexf"),

	CYJS("cyjs", "application/json", "cyjs.json"),

	CSV("csv", "application/zip", "csv.zip");

	private final String urlName;

	private final MediaType mediaType;

	private final String extension;

	ExportFormat(String urlName, String mediaType, String extension) {
		this.urlName = urlName;
		this.mediaType = MediaType.parseMediaType(mediaType);
		this.extension = extension;
	}

	String urlName() {
		return this.urlName;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	static Optional<ExportFormat> fromUrlName(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((format) -> format.urlName.equals(wanted)).findFirst();
	}

	/** Every format's URL name: the fast start's training start exports each ({@code io.normgraph.launch.TrainingRequests}). */
	public static List<String> urlNames() {
		return Arrays.stream(values()).map(ExportFormat::urlName).toList();
	}

	static String allUrlNames() {
		return String.join(", ", urlNames());
	}

}
