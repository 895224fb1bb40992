package io.normgraph.explorer;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.normgraph.database.EmbeddedNeo4jAddresses;

/**
 * {@code GET /guide}: the example queries (normgraph's own, then each loaded corpus's) as one
 * page, each with its explanation, its Cypher and a copy button, ready to paste into Neo4j
 * Browser; {@code GET /guide/queries} the same as JSON.
 */
@RestController
class GuideController {

	private final SavedQueries queries;

	private final ObjectProvider<EmbeddedNeo4jAddresses> embedded;

	GuideController(SavedQueries queries, ObjectProvider<EmbeddedNeo4jAddresses> embedded) {
		this.queries = queries;
		this.embedded = embedded;
	}

	@GetMapping("/guide/queries")
	List<SavedQuery> queries() {
		return this.queries.all();
	}

	@GetMapping(path = "/guide", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		StringBuilder html = new StringBuilder(GuidePage.HEAD);
		URI browser = browserUri();
		html.append("<p>")
			.append((browser != null) ? "Open <a href=\"" + escape(browser.toString()) + "\" target=\"_blank\" rel=\"noopener\">Neo4j Browser</a>"
					: "Open Neo4j Browser on your database")
			.append(", copy a query below, paste it into the editor at the top and press Ctrl+Enter (Cmd+Enter). "
					+ "To keep one, press the star beside the editor: it becomes a Favorite in the sidebar.</p>")
			.append("<nav><ol>");
		List<SavedQuery> all = this.queries.all();
		for (SavedQuery query : all) {
			html.append("<li><a href=\"#").append(query.anchor()).append("\">").append(escape(query.title()))
				.append((query.corpus() != null) ? " <small>(" + escape(query.corpus()) + ")</small>" : "")
				.append("</a></li>");
		}
		html.append("</ol></nav>");
		for (SavedQuery query : all) {
			html.append("<section class=\"query\" id=\"")
				.append(query.anchor())
				.append("\"><h2>")
				.append(escape(query.title()))
				.append("</h2><p>")
				.append(escape(query.description()))
				.append("</p><div class=\"code\"><button type=\"button\" class=\"copy\">Copy</button><pre><code>")
				.append(escape(query.cypher()))
				.append("</code></pre></div><p class=\"file\">")
				.append(escape(query.location()))
				.append("</p></section>");
		}
		return html.append(GuidePage.TAIL).toString();
	}

	private URI browserUri() {
		EmbeddedNeo4jAddresses addresses = this.embedded.getIfAvailable();
		return (addresses != null) ? addresses.browser() : null;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
