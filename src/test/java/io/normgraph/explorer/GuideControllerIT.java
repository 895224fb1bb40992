package io.normgraph.explorer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EndToEndTest
class GuideControllerIT {

	@Autowired
	private MockMvc mvc;

	@Test
	void guideListsEveryExampleQueryEscapedWithACopyButton() throws Exception {
		String html = this.mvc.perform(get("/guide"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
			assertThat(files).allSatisfy((file) -> assertThat(html).contains("cypher/queries/" + file.getFileName()));
		}
		try (Stream<Path> files = Files.list(Path.of("import", "secure", "queries"))) {
			assertThat(files).allSatisfy(
					(file) -> assertThat(html).contains("corpus secure: queries/" + file.getFileName()));
		}
		assertThat(html).contains("class=\"copy\"")
			.contains("MATCH (p:Provision)-[:PART_OF*1..3]-&gt;(:Instrument {id:&#39;wco-secure&#39;})")
			.doesNotContain("-[:PART_OF*1..3]->(:Instrument");
	}

	@Test
	void queriesAsJsonKeepTheirCommentsAndCypher() throws Exception {
		String first = Files.readString(Path.of("cypher", "queries", "01-corpora.cypher"));
		String secure = Files.readString(Path.of("import", "secure", "queries", "01-secure-lineage-to-g8-and-safe.cypher"));
		int own = Path.of("cypher", "queries").toFile().list().length;
		this.mvc.perform(get("/guide/queries"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].file").value("01-corpora.cypher"))
			.andExpect(jsonPath("$[0].corpus").doesNotExist())
			.andExpect(jsonPath("$[0].cypher").value(first.strip()))
			.andExpect(jsonPath("$[" + own + "].corpus").value("secure"))
			.andExpect(jsonPath("$[" + own + "].file").value("01-secure-lineage-to-g8-and-safe.cypher"))
			.andExpect(jsonPath("$[" + own + "].title").value("Secure lineage to g8 and safe"))
			.andExpect(jsonPath("$[" + own + "].description", startsWith("Norm lineage: which SECURE standards")))
			.andExpect(jsonPath("$[" + own + "].cypher").value(secure.strip()));
	}

	@Test
	void browserGuideHasARunnableSlidePerQueryAndAllowsBrowsersOrigin() throws Exception {
		String html = this.mvc.perform(get("/guide/browser").header("Origin", "http://localhost:7474"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long files;
		try (Stream<Path> own = Files.list(Path.of("cypher", "queries"));
				Stream<Path> secure = Files.list(Path.of("import", "secure", "queries"))) {
			files = own.count() + secure.count();
		}
		assertThat(html).startsWith("<article class=\"guide\">");
		assertThat(html.split("<pre class=\"pre-scrollable code runnable\">", -1)).hasSize((int) files + 1);
	}

	@Test
	void savedQueryTakesItsDescriptionFromTheLeadingComments() throws IOException {
		SavedQuery query = SavedQuery.parse("trade", "07-a-b.cypher", "// One\n// two.\nMATCH (n) RETURN n;\n");
		assertThat(query.title()).isEqualTo("A b");
		assertThat(query.location()).isEqualTo("corpus trade: queries/07-a-b.cypher");
		assertThat(query.anchor()).isEqualTo("q-trade-07-a-b");
		assertThat(query.description()).isEqualTo("One two.");
		assertThat(query.cypher()).isEqualTo("// One\n// two.\nMATCH (n) RETURN n;");
	}

}
