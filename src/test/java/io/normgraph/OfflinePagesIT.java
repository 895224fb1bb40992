package io.normgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import io.normgraph.database.EmbeddedNeo4jAddresses;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the README points a user at, in a real headless Chromium with the network cut
 * (every host but this machine unreachable): each one renders and does its main job, and
 * fails the test if it asks any other host for anything or logs a console error. The explorer
 * tests also take the README's pictures: {@code -Dscreenshots=docs/images} writes them there
 * (README, "Development").
 */
@EndToEndTest
class OfflinePagesIT {

	private static final Duration WAIT = Duration.ofSeconds(120);

	@LocalServerPort
	private int port;

	@Autowired
	private Api api;

	@Autowired
	private EmbeddedNeo4jAddresses neo4j;

	@Autowired
	private BuildProperties build;

	private ChromeDriver driver;

	@BeforeEach
	void startBrowser() throws IOException {
		HeadlessChromium.assumeInstalled();
		Path base = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString()));
		this.driver = HeadlessChromium.startOffline(base.resolve("profile"), base.resolve("downloads"));
		HeadlessChromium.viewport(this.driver, 1280, 800);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void explorerDrawsTheLineageOfAProvision() throws IOException {
		String id = firstProvision();
		open("/#" + id);
		waitUntil((page) -> Boolean.TRUE.equals(script("const cy = window.normgraph && window.normgraph.cy;"
				+ " return !!cy && cy.getElementById(arguments[0]).hasClass('root') && cy.nodes().length > 1"
				+ " && document.title.endsWith('normgraph explorer');", id)));
		assertThat(((Number) script("return window.normgraph.cy.edges().length;")).intValue()).isPositive();
		picture("explorer-lineage");
		assertWorkedOffline();
	}

	@Test
	void explorerShowsTheComparisonTable() throws IOException {
		open("/");
		// The comparison view opens on the first example comparison a corpus ships (the bundled one's Table 1).
		this.driver.findElement(By.cssSelector("button[data-view='compare']")).click();
		waitUntil(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#comparison tbody tr"), 0));
		assertThat(this.driver.findElement(By.cssSelector("#comparison tbody tr td:nth-child(2)")).getText()).isNotBlank();
		picture("explorer-comparison");
		assertWorkedOffline();
	}

	@Test
	void guideShowsEveryExampleQueryWithACopyButton() {
		int queries = this.api.get("/guide/queries").getBody().size();
		open("/guide");
		assertThat(this.driver.findElements(By.cssSelector("section.query pre code"))).hasSize(queries);
		WebElement copy = this.driver.findElement(By.cssSelector("section.query button.copy"));
		copy.click();
		waitUntil((page) -> !copy.getText().equals("Copy"));
		assertWorkedOffline();
	}

	@Test
	void browserGuideHasASlidePerQuery() {
		int queries = this.api.get("/guide/queries").getBody().size();
		open("/guide/browser");
		assertThat(this.driver.findElements(By.cssSelector("slide"))).hasSize(queries + 1);
		assertThat(this.driver.findElements(By.cssSelector("pre.runnable"))).hasSize(queries);
		assertWorkedOffline();
	}

	@Test
	void swaggerUiIntroducesNormgraphAndFetchesANode() {
		open("/swagger-ui.html");
		WebElement title = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
		assertThat(title.getText()).startsWith("normgraph").contains(this.build.getVersion());
		assertThat(this.driver.findElement(By.cssSelector(".info .description")).getText()).contains("researchers");

		WebElement operation = this.driver.findElement(By.id("operations-nodes-node"));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		waitUntil(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn"))))
			.click();
		WebElement id = waitUntil((page) -> operation.findElement(By.cssSelector("tr[data-param-name='id'] input")));
		String example = id.getDomProperty("value");
		assertThat(example).as("the id parameter's example fills the field").isNotBlank();
		operation.findElement(By.cssSelector("button.execute")).click();
		WebElement body = waitUntil((page) -> operation.findElement(By.cssSelector(".live-responses-table .microlight")));
		assertThat(body.getText()).contains("\"id\": \"" + example + "\"");
		assertWorkedOffline();
	}

	@Test
	void graphiQlRunsTheExampleQueryAndBrowsesTheSchema() {
		String id = firstProvision();
		open("/graphiql");
		String query = waitUntil((page) -> (String) script(
				"const editor = document.querySelector('.graphiql-query-editor .CodeMirror');"
						+ " return editor && editor.CodeMirror.getValue().includes('lineage') ? editor.CodeMirror.getValue() : null;"));
		assertThat(query).contains("lineage(id: \"" + id + "\"").contains("depth").contains("path");

		this.driver.findElement(By.cssSelector(".graphiql-execute-button")).click();
		String result = waitUntil((page) -> (String) script(
				"const result = document.querySelector('.graphiql-response .CodeMirror');"
						+ " return result && result.CodeMirror.getValue().includes('\"lineage\"') ? result.CodeMirror.getValue() : null;"));
		assertThat(result).contains("\"id\": \"" + id + "\"").contains("\"depth\": 0").doesNotContain("\"errors\"");

		this.driver.findElement(By.cssSelector("[aria-label='Show Documentation Explorer']")).click();
		waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-doc-explorer-root-type + a.graphiql-doc-explorer-type-name"))).click();
		waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"),
				"Lineage of a node"));
		assertWorkedOffline();
	}

	private String firstProvision() {
		JsonNode items = this.api.get("/api/v1/nodes?label=Provision&size=1").getBody().path("items");
		assertThat(items.size()).as("the corpus has a provision").isOne();
		return items.get(0).path("id").asString();
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		waitUntil((page) -> "complete".equals(script("return document.readyState;")));
	}

	/** Nothing asked of another host, no console error: the page works without a network. */
	private void assertWorkedOffline() {
		assertThat(OfflineRequests.toOtherHosts(this.driver)).as("requests to other hosts").isEmpty();
		assertThat(HeadlessChromium.consoleErrors(this.driver)).as("console errors").isEmpty();
	}

	/** A screenshot in target/screenshots, and under the folder {@code -Dscreenshots} names. */
	private void picture(String name) throws IOException {
		HeadlessChromium.screenshot(this.driver, name);
		String folder = System.getProperty("screenshots", "");
		if (!folder.isBlank()) {
			Files.copy(Path.of("target", "screenshots", name + ".png"),
					Files.createDirectories(Path.of(folder)).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	private <T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).until(condition);
	}

}
