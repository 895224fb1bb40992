package io.normgraph.explorer;

import java.io.IOException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

import io.normgraph.Api;
import io.normgraph.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lineage of many parts in a real Chromium ({@link PartsFixture}: six instruments of forty
 * parts each, all derived from by one provision): each instrument's parts are drawn as one
 * group, a group opens into its parts, and a lineage cut at its limit says so.
 */
@EndToEndTest
class GroupedLineagePageIT {

	private static final PartsFixture FIXTURE = new PartsFixture(6, 40);

	@Autowired
	Neo4jClient client;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	private ExplorerPage page;

	@BeforeEach
	void createFixtureAndBrowser() throws IOException {
		FIXTURE.create(this.client);
		this.page = ExplorerPage.start(this.port);
	}

	@AfterEach
	void removeThem() {
		PartsFixture.remove(this.client);
		if (this.page != null) {
			this.page.close();
		}
	}

	@Test
	void eachInstrumentsPartsAreOneGroupThatExpandsIntoItsParts() throws IOException {
		this.page.open("/#" + PartsFixture.ROOT);
		this.page.awaitLineage(PartsFixture.ROOT);
		assertThat(this.page.script("return window.normgraph.lastPaint.nodes;")).asString().isEqualTo(
				String.valueOf(this.api.get("/api/v1/nodes/xg-root/lineage?depth=3&limit=2000").getBody().get("nodes").size()));
		// The root, its instrument and one group per instrument: 8 nodes drawn for 242.
		assertThat(this.page.drawnNodes()).containsExactlyInAnyOrder("xg-root", "xg-home", "group:xg-i1", "group:xg-i2",
				"group:xg-i3", "group:xg-i4", "group:xg-i5", "group:xg-i6");
		assertThat(this.page.script("return window.normgraph.cy.getElementById('group:xg-i1').data('name');")).asString()
			.endsWith(" · 40 parts");
		assertThat(this.page.script(
				"return window.normgraph.cy.edges().filter((e) => e.data('target') === 'group:xg-i1').map((e) => e.data('label'));"))
			.asList()
			.containsExactly("DERIVES_FROM ×40");
		assertThat(this.page.driver().findElement(By.id("notice")).isDisplayed()).isFalse();
		this.page.screenshot("grouped-lineage");

		this.page.clickNode("group:xg-i1");
		this.page.waitFor()
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//aside[@id='details']//button[text()='Expand the group']")))
			.click();
		this.page.waitFor()
			.until((d) -> Boolean.TRUE.equals(this.page.script("return window.normgraph.cy.getElementById('xg-i1-p1').nonempty();")));
		assertThat(this.page.drawnNodes()).doesNotContain("group:xg-i1")
			.contains(IntStream.rangeClosed(1, 40).mapToObj((j) -> "xg-i1-p" + j).toArray(String[]::new))
			.contains("group:xg-i2", "group:xg-i6")
			.doesNotContain("xg-i2-p1")
			.hasSize(8 - 1 + 40);
		assertThat(this.page.script("const cy = window.normgraph.cy; return cy.getElementById('xg-i1-p7').hasClass('in-group')"
				+ " + ' ' + cy.edges().filter((e) => e.source().id() === 'xg-root' && e.target().id() === 'xg-i1-p7').length;"))
			.isEqualTo("true 1");
		this.page.screenshot("grouped-lineage-expanded");
		assertThat(this.page.consoleErrors()).isEmpty();
	}

	@Test
	void aLineageCutAtItsLimitSaysWhatItLeftOut() {
		JsonNode cut = this.api.get("/api/v1/nodes/" + PartsFixture.ROOT + "/lineage?depth=3&limit=200").getBody();
		assertThat(cut.get("truncated").asBoolean()).isTrue();
		this.page.open("/#" + PartsFixture.ROOT);
		this.page.awaitLineage(PartsFixture.ROOT);
		assertThat(this.page.driver().findElement(By.id("notice")).isDisplayed()).isFalse();

		new Select(this.page.driver().findElement(By.id("limit"))).selectByVisibleText("200");
		this.page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(this.page.text("#notice")).startsWith("Showing " + cut.get("nodes").size() + " nodes of the lineage: "
				+ cut.get("omitted").get("nodes").asInt() + " more nodes and "
				+ cut.get("omitted").get("relationships").asInt() + " relationships were left out.");
		assertThat(this.page.consoleErrors()).isEmpty();
	}

}
