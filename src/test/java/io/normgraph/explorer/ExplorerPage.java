package io.normgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.normgraph.HeadlessChromium;

/**
 * The explorer page in a fresh headless Chromium, for the tests and the benchmark of the
 * explorer's views: opens it, waits for it, runs script in it and clicks nodes where
 * Cytoscape draws them, as a user would.
 */
final class ExplorerPage implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(90);

	private final ChromeDriver driver;

	private final int port;

	private ExplorerPage(ChromeDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	/** Starts the browser (skipping the test where Chromium is missing) with a 1280x800 viewport. */
	static ExplorerPage start(int port) throws IOException {
		HeadlessChromium.assumeInstalled();
		Path base = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString()));
		ChromeDriver driver = HeadlessChromium.start(base.resolve("profile"), base.resolve("downloads"));
		HeadlessChromium.viewport(driver, 1280, 800);
		return new ExplorerPage(driver, port);
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Opens a path of the application and waits for the explorer to have read the schema and corpora. */
	void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		waitFor().until((d) -> Boolean.TRUE.equals(script("return !!(window.normgraph && window.normgraph.ready);")));
	}

	/** Waits until the lineage of {@code root} is drawn (its paint recorded). */
	void awaitLineage(String root) {
		waitFor().until((d) -> Boolean.TRUE.equals(script(
				"const p = window.normgraph.lastPaint; return !!p && p.root === arguments[0]"
						+ " && window.normgraph.cy.getElementById(arguments[0]).hasClass('root');",
				root)));
	}

	/** Clicks a node where Cytoscape draws it. */
	void clickNode(String id) {
		script("const cy = window.normgraph.cy; cy.center(cy.getElementById(arguments[0]));", id);
		@SuppressWarnings("unchecked")
		Map<String, Number> position = (Map<String, Number>) script(
				"return window.normgraph.cy.getElementById(arguments[0]).renderedPosition();", id);
		WebElement canvas = this.driver.findElement(By.id("cy"));
		int dx = (int) Math.round(position.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
		int dy = (int) Math.round(position.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
		new Actions(this.driver).moveToElement(canvas, dx, dy).click().perform();
	}

	/** The ids of the nodes drawn. */
	@SuppressWarnings("unchecked")
	List<String> drawnNodes() {
		return (List<String>) script("return window.normgraph.cy.nodes().map((n) => n.id());");
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	Object script(String script, Object... args) {
		return this.driver.executeScript(script, args);
	}

	WebDriverWait waitFor() {
		return new WebDriverWait(this.driver, WAIT);
	}

	List<String> consoleErrors() {
		return HeadlessChromium.consoleErrors(this.driver);
	}

	void screenshot(String name) throws IOException {
		HeadlessChromium.screenshot(this.driver, name);
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
