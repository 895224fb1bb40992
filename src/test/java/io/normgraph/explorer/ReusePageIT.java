package io.normgraph.explorer;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.reuse.graph.ReuseViewFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Detected reuse in a real Chromium ({@link ReuseViewFixture}: one provision that took a passage
 * of an earlier one): "include detected reuse" adds it to the lineage, drawn dashed with its
 * score, and "Side by side" on the edge shows both texts with the reused passage lit and the
 * changed words marked.
 */
@EndToEndTest
class ReusePageIT {

	private static final String EDGE = "return window.normgraph.cy.edges().filter((e) => e.data('source') === arguments[0]"
			+ " && e.data('target') === arguments[1])";

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	private ReuseViewFixture fixture;

	private ExplorerPage page;

	@BeforeEach
	void createFixtureAndBrowser() throws IOException {
		this.fixture = new ReuseViewFixture(this.client);
		this.fixture.create();
		this.page = ExplorerPage.start(this.port);
	}

	@AfterEach
	void removeThem() {
		this.fixture.remove();
		if (this.page != null) {
			this.page.close();
		}
	}

	@Test
	void detectedReuseIsDrawnDashedWithItsScoreAndOpensSideBySide() throws IOException {
		this.page.open("/#" + ReuseViewFixture.LATER);
		this.page.awaitLineage(ReuseViewFixture.LATER);
		assertThat(this.page.drawnNodes()).as("without detected reuse the lineage stops at the asserted relationships")
			.doesNotContain(ReuseViewFixture.EARLIER);

		this.page.driver().findElement(By.id("with-reuse")).click();
		this.page.waitFor().until((d) -> this.page.drawnNodes().contains(ReuseViewFixture.EARLIER));
		this.page.awaitLineage(ReuseViewFixture.LATER);
		String edge = EDGE + "[0]";
		this.page.waitFor().until((d) -> Boolean.TRUE.equals(this.page.script(
				"const e = " + edge.substring("return ".length()) + "; return !!e && e.hasClass('inferred');",
				ReuseViewFixture.LATER, ReuseViewFixture.EARLIER)));
		assertThat(this.page.script(edge + ".style('line-style');", ReuseViewFixture.LATER, ReuseViewFixture.EARLIER))
			.isEqualTo("dashed");
		assertThat(this.page.script(edge + ".data('label');", ReuseViewFixture.LATER, ReuseViewFixture.EARLIER))
			.isEqualTo("REUSES 0.82");
		assertThat(this.page.script(
				"return window.normgraph.cy.edges().filter((e) => !e.hasClass('inferred')).map((e) => e.style('line-style'));"))
			.asList().as("asserted relationships stay solid").isNotEmpty().containsOnly("solid");
		this.page.screenshot("reuse-lineage");

		clickEdge(ReuseViewFixture.LATER, ReuseViewFixture.EARLIER);
		this.page.waitFor()
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//aside[@id='details']//button[text()='Side by side']")))
			.click();
		this.page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diff-dialog .diff-table")));
		assertThat(cells(".diff-from")).as("the earlier text on the left").isEqualTo(ReuseViewFixture.EARLIER_TEXT);
		assertThat(cells(".diff-to")).as("the later text on the right").isEqualTo(ReuseViewFixture.LATER_TEXT);
		assertThat(marks(".diff-from")).isEqualTo(ReuseViewFixture.PASSAGE);
		assertThat(marks(".diff-to")).isEqualTo(ReuseViewFixture.PASSAGE);
		assertThat(this.page.script("return [...document.querySelectorAll('#diff-dialog tr[data-kind]')]"
				+ ".map((row) => row.dataset.kind).filter((kind) => kind !== 'EQUAL');")).asList()
			.as("the changed words are marked").contains("REPLACE");
		this.page.screenshot("reuse-side-by-side");
		assertThat(this.page.consoleErrors()).isEmpty();
	}

	/** Clicks the middle of the edge from {@code source} to {@code target}, as a user would. */
	private void clickEdge(String source, String target) {
		// The rings layout may draw the edge behind a node between its ends: move the target aside first, as a user drags it.
		this.page.script("const cy = window.normgraph.cy; const s = cy.getElementById(arguments[0]).position();"
				+ " cy.getElementById(arguments[1]).position({ x: s.x + 300, y: s.y - 60 }); cy.fit(undefined, 60);", source,
				target);
		@SuppressWarnings("unchecked")
		java.util.Map<String, Number> middle = (java.util.Map<String, Number>) this.page.script(
				EDGE + "[0].renderedMidpoint();", source, target);
		WebElement canvas = this.page.driver().findElement(By.id("cy"));
		int dx = (int) Math.round(middle.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(middle.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
		new Actions(this.page.driver()).moveToElement(canvas, dx, dy).click().perform();
	}

	private String cells(String css) {
		return String.join("", texts("#diff-dialog td" + css));
	}

	private String marks(String css) {
		return String.join("", texts("#diff-dialog td" + css + " mark.diff-span"));
	}

	@SuppressWarnings("unchecked")
	private List<String> texts(String css) {
		return (List<String>) this.page.script(
				"return [...document.querySelectorAll(arguments[0])].map((e) => e.textContent);", css);
	}

}
