package io.normgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.EndToEndTest;
import io.normgraph.HeadlessChromium;
import io.normgraph.export.ExportParsing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer page in a real headless Chromium against the real application and its
 * embedded database holding the bundled corpus (the end-to-end tests' shared context).
 */
@EndToEndTest
class ExplorerPageIT {

	private static final Duration WAIT = Duration.ofSeconds(90);

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	private Path downloads;

	@BeforeEach
	void startBrowser() throws IOException {
		HeadlessChromium.assumeInstalled();
		Path base = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString()));
		this.downloads = Files.createDirectories(base.resolve("downloads"));
		this.driver = HeadlessChromium.start(base.resolve("profile"), this.downloads);
		HeadlessChromium.viewport(this.driver, 1280, 800);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void searchLineageProvenanceAndGraphMlExport() throws Exception {
		open("/");
		WebElement search = this.driver.findElement(By.id("search-input"));
		search.sendKeys("secure-std-1");
		WebElement suggestion = waitFor().until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#suggestions li[data-id='secure-std-1']")));
		assertThat(this.driver.findElements(By.cssSelector("#suggestions li[data-id]"))).hasSizeGreaterThan(1);
		HeadlessChromium.screenshot(this.driver, "01-suggestions");
		suggestion.click();

		waitFor().until((d) -> Boolean.TRUE.equals(script(
				"const cy = window.normgraph.cy; return cy.getElementById('secure-std-1').hasClass('root')"
						+ " && ['g8-2005-declaration', 'wco-safe'].every((id) => cy.getElementById(id).nonempty());")));
		assertThat(script("return window.normgraph.cy.edges().length;")).asString().isNotEqualTo("0");
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details h2"), "SECURE"));
		HeadlessChromium.screenshot(this.driver, "02-lineage-secure-std-1-1280x800");

		clickNode("g8-2005-declaration");
		// The graph is drawn from minimal answers; the panel shows the node's own provenance.
		@SuppressWarnings("unchecked")
		Map<String, Object> props = (Map<String, Object>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/v1/nodes/g8-2005-declaration').then((r) => r.json()).then(done).catch((e) => done(String(e)));""");
		assertThat(props.get("source")).isNotNull();
		waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#details .id"),
				"g8-2005-declaration"));
		// The panel shows the id at once and the provenance once the node has been read.
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#details .prov-source")));
		assertThat(text("#details .prov-source")).isEqualTo(props.get("source"));
		assertThat(text("#details .prov-locator")).isEqualTo(props.get("locator"));
		HeadlessChromium.screenshot(this.driver, "03-provenance-g8-2005-declaration");

		this.driver.findElement(By.id("export-graphml")).click();
		Path file = waitFor().until((d) -> downloaded(".graphml"));
		byte[] graphMl = Files.readAllBytes(file);
		ExportParsing.validate(graphMl, "graphml.xsd");
		assertThat(ExportParsing.graphMl(graphMl).graph().vertexSet()).contains("secure-std-1", "wco-secure");
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	@Test
	void cytoscapeJsonExportLoadsIntoCytoscape() {
		open("/");
		Object count = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/api/v1/exports/cyjs?root=secure-std-1&depth=2').then((r) => r.json()).then((json) => {
				  const graph = cytoscape({ headless: true, elements: json.elements });
				  done([graph.nodes().length, graph.edges().length, graph.getElementById('secure-std-1').data('name')]);
				}).catch((e) => done(String(e)));""");
		assertThat(count).asList().hasSize(3).element(2).isEqualTo("SECURE Standard 1");
		assertThat(((Number) ((List<?>) count).get(0)).intValue()).isGreaterThan(1);
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	@Test
	void theComparisonOpensOnTableOneAndTimelineHasMeetings() throws Exception {
		// Browsing the bundled corpus, whatever other corpora a test left: its example comparison
		// (corpus.yml) is the paper's Table 1, 12 rows.
		open("/?corpus=secure");
		this.driver.findElement(By.cssSelector("button[data-view='compare']")).click();
		waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#comparison tbody tr"), 12));
		assertThat(text("#comparison tbody tr:first-child")).contains("SECURE Standard 1").contains("Scope");
		HeadlessChromium.screenshot(this.driver, "04-table-1");

		this.driver.findElement(By.cssSelector("button[data-view='timeline']")).click();
		waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#timeline .item"), 5));
		assertThat(text("#timeline")).contains("Meeting").contains("Decision");
		HeadlessChromium.screenshot(this.driver, "05-timeline");
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	@Test
	void narrowWindowStillShowsTheSearchBox() throws Exception {
		HeadlessChromium.viewport(this.driver, 400, 800);
		open("/#secure-std-1");
		waitFor().until((d) -> Boolean.TRUE.equals(script(
				"return window.normgraph.cy.getElementById('wco-safe').nonempty();")));
		WebElement search = this.driver.findElement(By.id("search-input"));
		assertThat(search.isDisplayed()).isTrue();
		Long viewport = (Long) script("return document.documentElement.clientWidth;");
		assertThat(search.getRect().getX() + search.getRect().getWidth()).isLessThanOrEqualTo(viewport.intValue());
		assertThat((Long) script("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(viewport);
		HeadlessChromium.screenshot(this.driver, "06-narrow-400x800");
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		waitFor().until((d) -> Boolean.TRUE.equals(script("return !!(window.normgraph && window.normgraph.cy);")));
	}

	/** Clicks a node where Cytoscape draws it, as a user would. */
	private void clickNode(String id) {
		script("const cy = window.normgraph.cy; cy.center(cy.getElementById(arguments[0]));", id);
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) script(
				"return window.normgraph.cy.getElementById(arguments[0]).renderedPosition();", id);
		WebElement canvas = this.driver.findElement(By.id("cy"));
		int dx = (int) Math.round(position.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(position.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
		new Actions(this.driver).moveToElement(canvas, dx, dy).click().perform();
	}

	private Path downloaded(String suffix) {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	private Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	private WebDriverWait waitFor() {
		return new WebDriverWait(this.driver, WAIT);
	}

}
