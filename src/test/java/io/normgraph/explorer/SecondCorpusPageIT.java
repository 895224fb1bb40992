package io.normgraph.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;
import io.normgraph.corpus.CorpusFiles;
import io.normgraph.corpus.CorpusImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer on a corpus that is nothing like the bundled one, in a real Chromium: the
 * fictional trade corpus (import/examples/fictional-trade), imported for this class and removed
 * after it. The picker chooses it; the legend and colours are its own, as GET /api/v1/schema
 * declares them; a lineage of its articles draws; two of its agreements compare, picked in the
 * form; its example queries are in the guide.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondCorpusPageIT {

	private static final String CORPUS = "fictional-trade";

	@Autowired
	CorpusImporter importer;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	private ExplorerPage page;

	@BeforeAll
	void importTheSecondCorpus() {
		this.importer.importCorpus(CorpusFiles.fromDirectory(Path.of("import/examples/fictional-trade")));
	}

	@AfterAll
	void removeIt() {
		this.importer.remove(CORPUS, false);
	}

	@BeforeEach
	void startBrowser() throws IOException {
		this.page = ExplorerPage.start(this.port);
	}

	@AfterEach
	void stopBrowser() {
		if (this.page != null) {
			this.page.close();
		}
	}

	@Test
	void thePickerChoosesTheCorpusAndItsLineageDrawsInItsOwnLabelsAndColours() throws IOException {
		this.page.open("/");
		new Select(this.page.driver().findElement(By.id("corpus"))).selectByValue(CORPUS);
		assertThat(this.page.driver().getCurrentUrl()).contains("corpus=" + CORPUS);
		// The starting points are the corpus's own instruments (role instrument: Agreement).
		this.page.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#examples button[data-root='cbp-2011']")));
		assertThat(this.page.driver().findElements(By.cssSelector("#examples button[data-root]")))
			.extracting((button) -> button.getAttribute("data-root"))
			.isNotEmpty()
			.allSatisfy((id) -> assertThat(List.of("cst-2003", "cbp-2011", "bcc-2016", "trips")).contains(id));
		// Suggestions keep to the corpus browsed: the bundled corpus's nodes are not offered.
		this.page.driver().findElement(By.id("search-input")).sendKeys("secure-std-1");
		this.page.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "Nothing found in"));
		this.page.driver().findElement(By.id("search-input")).clear();
		this.page.driver().findElement(By.id("search-input")).sendKeys("bcc-2016-art-2-1");
		this.page.waitFor()
			.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("#suggestions li[data-id='bcc-2016-art-2-1']")))
			.click();

		this.page.awaitLineage("bcc-2016-art-2-1");
		assertThat(this.page.drawnNodes()).contains("bcc-2016-art-2-1", "cbp-2011-art-14-3", "cst-2003-art-9-1",
				"trips-art-51");
		JsonNode schema = this.api.get("/api/v1/schema").getBody();
		String article = colour(schema, "Article");
		assertThat(this.page.script("return window.normgraph.cy.getElementById('cbp-2011-art-14-3').data('colour');"))
			.isEqualTo(article);
		assertThat(this.page.script(
				"return document.querySelector('#legend-labels [data-label=Article] .swatch').style.background;"))
			.isEqualTo(this.page.script("const s = document.createElement('span'); s.style.background = arguments[0];"
					+ " return s.style.background;", article));
		assertThat(this.page.text("#legend-labels")).contains("Article");
		assertThat(this.page.text("#legend-types")).contains("MODELLED_ON");
		assertThat(this.page.driver()
			.findElement(By.cssSelector("#legend-types input[data-type='MODELLED_ON']"))
			.findElement(By.xpath(".."))
			.getAttribute("title")).isEqualTo(description(schema.get("relationships"), "MODELLED_ON"));
		this.page.screenshot("second-corpus-lineage");
		assertThat(this.page.consoleErrors()).isEmpty();
	}

	@Test
	void anyTwoOfItsAgreementsCompareWhenPickedInTheForm() throws IOException {
		this.page.open("/?corpus=" + CORPUS);
		this.page.driver().findElement(By.cssSelector("button[data-view='compare']")).click();
		// The view opens on the corpus's own example comparison (corpus.yml).
		this.page.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comparison-title"),
					"The 2011 agreement against its 2003 model"));
		this.page.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison tbody tr"), 2));
		// Not one of the corpus's example comparisons: any two instruments compare.
		new Select(this.page.driver().findElement(By.id("compare-instrument"))).selectByValue("bcc-2016");
		new Select(this.page.driver().findElement(By.id("compare-against"))).selectByValue("cbp-2011");
		this.page.driver().findElement(By.cssSelector("#compare-form button[type='submit']")).click();
		this.page.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("comparison-title"), "bcc-2016 against cbp-2011"));
		this.page.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison tbody tr"), 1));
		assertThat(this.page.driver().findElement(By.cssSelector("#comparison tbody tr")).getAttribute("data-id"))
			.isEqualTo("bcc-2016-art-2-1");
		// The derivation's own properties, whatever the corpus calls them, are columns.
		assertThat(this.page.text("#comparison thead")).contains("kind").contains("deviation").contains("closeness");
		this.page.screenshot("second-corpus-comparison");
		assertThat(this.page.consoleErrors()).isEmpty();
	}

	@Test
	void itsExampleQueriesAreInTheGuide() {
		this.page.open("/?corpus=" + CORPUS);
		this.page.driver().findElement(By.linkText("Cypher guide")).click();
		this.page.waitFor().until(ExpectedConditions.urlContains("/guide"));
		String guide = this.page.text("body");
		assertThat(guide).contains("corpus fictional-trade: queries/01-who-is-party-when.cypher")
			.contains("corpus fictional-trade: queries/02-articles-modelled-on-trips.cypher")
			.contains("MATCH (s:Actor)-[p:PARTY_TO]->(a:Agreement)");
	}

	private static String colour(JsonNode schema, String label) {
		for (JsonNode entry : schema.get("labels")) {
			if (entry.get("name").asString().equals(label)) {
				return entry.get("colour").asString();
			}
		}
		throw new AssertionError("no label " + label + " in the schema");
	}

	private static String description(JsonNode types, String type) {
		for (JsonNode entry : types) {
			if (entry.get("name").asString().equals(type)) {
				return entry.get("description").asString();
			}
		}
		throw new AssertionError("no type " + type + " in the schema");
	}

}
