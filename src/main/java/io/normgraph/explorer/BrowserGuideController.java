package io.normgraph.explorer;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /guide/browser}: the example queries as a Neo4j Browser guide, for
 * {@code :play http://localhost:8080/guide/browser} in Browser: one slide per query, each
 * query a runnable block. Browser fetches it from its own origin: the security package's CORS
 * settings allow that, preflight included.
 */
@RestController
class BrowserGuideController {

	private final SavedQueries queries;

	BrowserGuideController(SavedQueries queries) {
		this.queries = queries;
	}

	@GetMapping(path = "/guide/browser", produces = MediaType.TEXT_HTML_VALUE)
	String guide() {
		StringBuilder html = new StringBuilder("""
				<article class="guide">
				  <carousel class="deck container-fluid">
				    <slide class="row-fluid">
				      <div class="col-sm-12">
				        <h3>normgraph: example queries</h3>
				        <p>Legal provisions, instruments, forums, meetings, decisions and actors from every
				        loaded corpus, each with its provenance (<code>source</code>, <code>locator</code>):
				        normgraph's own queries first, then each corpus's.</p>
				        <p>Use the arrows to go through the queries; click a query to put it in the editor,
				        then run it with Ctrl+Enter (Cmd+Enter).</p>
				      </div>
				    </slide>
				""");
		for (SavedQuery query : this.queries.all()) {
			html.append("    <slide class=\"row-fluid\">\n      <div class=\"col-sm-12\">\n        <h3>")
				.append(HtmlUtils.htmlEscape(query.title()))
				.append("</h3>\n        <p>")
				.append(HtmlUtils.htmlEscape(query.description()))
				.append("</p>\n        <pre class=\"pre-scrollable code runnable\">")
				.append(HtmlUtils.htmlEscape(query.cypher()))
				.append("</pre>\n        <p><small>")
				.append(HtmlUtils.htmlEscape(query.location()))
				.append("</small></p>\n      </div>\n    </slide>\n");
		}
		return html.append("  </carousel>\n</article>\n").toString();
	}

}
