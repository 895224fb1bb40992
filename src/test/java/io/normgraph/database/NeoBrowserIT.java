package io.normgraph.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.FileSystemUtils;

import io.normgraph.EndToEndTest;
import io.normgraph.HeadlessChromium;
import io.normgraph.OfflineRequests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does on first start: open the Neo4j Browser address the start-up line gives, in
 * a real (headless) Chromium with the network cut, find it connected with no password asked,
 * run a Cypher query against the bundled corpus, play the application's Browser guide and run
 * one of its queries. Skipped, with the reason, where Chromium or chromedriver is not installed.
 */
@EndToEndTest
@ExtendWith(NeoBrowserIT.ChromiumInstalled.class)
class NeoBrowserIT {

	/**
	 * What Neo4j Browser 5.24 itself asks of the internet whatever the server's settings say, and
	 * which fails harmlessly offline: its stylesheet imports Google Fonts (it falls back to the
	 * fonts it ships); once connected to a Community server it loads Segment's analytics and
	 * Canny's feedback scripts (client.allow_telemetry=false keeps it from sending anything, not
	 * from loading them); and it sends a performance trace of one page load in five to Sentry
	 * (its setting covers error reports only). Anything else fails the test.
	 */
	static final List<Pattern> BROWSER_OWN_REQUESTS = List.of(Pattern.compile("https://fonts\\.googleapis\\.com/css2\\?.*"),
			Pattern.compile("https://cdn\\.segment\\.com/analytics\\.js/.*"), Pattern.compile("https://canny\\.io/sdk\\.js"),
			Pattern.compile("https://o110884\\.ingest\\.sentry\\.io/api/1232865/envelope/.*"));

	@Autowired
	EmbeddedNeo4jAddresses addresses;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	private Path profile;

	private ChromeDriver browser;

	@BeforeEach
	void startChromium() throws IOException {
		HeadlessChromium.assumeInstalled();
		this.profile = Files.createTempDirectory("normgraph-chromium");
		this.browser = HeadlessChromium.startOffline(this.profile.resolve("profile"), this.profile.resolve("downloads"));
	}

	@AfterEach
	void stopChromium() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.profile != null) {
			FileSystemUtils.deleteRecursively(this.profile.toFile());
		}
	}

	@Test
	void browserOpensConnectedQueriesTheCorpusAndPlaysTheGuide() throws IOException {
		long entities = this.client.query("MATCH (n:Entity) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		assertThat(entities).as("the bundled corpus is loaded").isPositive();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(120));
		try {
			// The address from the start-up line chooses this database and "No authentication":
			// Browser connects by itself, no form to fill in.
			this.browser.get(this.addresses.browser().toString());
			wait.until(page -> frameContaining(page, "You have a working connection"));

			run(":play http://localhost:" + this.port + "/guide/browser");
			WebElement guide = wait.until(page -> frameContaining(page, "normgraph: example queries"));
			guide.findElement(By.cssSelector("[data-testid='nextSlide']")).click();
			WebElement query = wait.until(page -> first(page, By.cssSelector("[data-testid='frame'] pre.runnable")));
			String cypher = query.getText();
			query.click();
			wait.until(page -> editorText(page).contains("MATCH") ? true : null);
			this.browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
			String command = firstLine(cypher);
			WebElement result = wait.until(page -> page.findElements(By.cssSelector("[data-testid='frame']"))
				.stream()
				.filter(frame -> !frame.equals(guide))
				.filter(frame -> frame.findElements(By.cssSelector("[data-testid='frameCommand']"))
					.stream()
					.anyMatch(editor -> editor.getText().contains(command)))
				.map(frame -> first(frame, By.cssSelector("[data-testid='frameStatusbar']")))
				.filter(status -> status != null && status.getText().contains("records"))
				.findFirst()
				.orElse(null));
			assertThat(result.getText()).startsWith("Started streaming").doesNotContain("Started streaming 0 records");

			run("MATCH (n:Entity) RETURN count(n) AS entities");
			Pattern count = Pattern.compile("(?s).*\\bentities\\b.*\\b" + entities + "\\b.*");
			wait.until(page -> page.findElements(By.cssSelector("[data-testid='frame']"))
				.stream()
				.filter(frame -> count.matcher(frame.getText()).matches())
				.findFirst()
				.orElse(null));

			// The database sidebar lists the corpus' labels: Browser reads the schema over the same connection.
			this.browser.findElement(By.cssSelector("[data-testid='navigationDBMS']")).click();
			wait.until(page -> page.findElement(By.tagName("body")).getText().contains("Provision") ? true : null);

			assertThat(OfflineRequests.toOtherHosts(this.browser)).as("requests to other hosts")
				.allSatisfy((request) -> assertThat(BROWSER_OWN_REQUESTS).anySatisfy(
						(own) -> assertThat(request).matches(own.pattern() + " \\(net::ERR_NAME_NOT_RESOLVED\\)")));
			// Besides those, Browser asks the Bolt port for an HTTP discovery document, which answers nothing.
			String boltOverHttp = "http://" + this.addresses.bolt().getAuthority() + "/ - Failed to load resource: net::ERR_EMPTY_RESPONSE";
			assertThat(HeadlessChromium.consoleErrors(this.browser)).as("console errors")
				.allSatisfy((error) -> assertThat(error).satisfiesAnyOf((e) -> assertThat(e).contains(boltOverHttp),
						(e) -> assertThat(BROWSER_OWN_REQUESTS).anySatisfy(
								(own) -> assertThat(e).containsPattern(own.pattern() + " - Failed to load resource"))));
		}
		finally {
			screenshot();
		}
	}

	private void run(String command) {
		this.browser.findElement(By.cssSelector("[data-testid='activeEditor'] textarea")).sendKeys(command);
		this.browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
	}

	private static String editorText(WebDriver page) {
		WebElement editor = first(page, By.cssSelector("[data-testid='activeEditor']"));
		return (editor != null) ? editor.getText() : "";
	}

	private static String firstLine(String cypher) {
		return cypher.strip().lines().findFirst().orElse("");
	}

	private static WebElement first(SearchContext page, By by) {
		List<WebElement> found = page.findElements(by);
		return found.isEmpty() ? null : found.get(0);
	}

	private static WebElement frameContaining(WebDriver page, String text) {
		return page.findElements(By.cssSelector("[data-testid='frame']"))
			.stream()
			.filter(frame -> frame.getText().contains(text))
			.findFirst()
			.orElse(null);
	}

	private void screenshot() throws IOException {
		HeadlessChromium.screenshot(this.browser, "neo4j-browser");
	}

	/**
	 * Disables the class, with the reason in the test report, where Chromium or chromedriver is
	 * missing; evaluated before the application starts. In CI the class runs and fails instead
	 * ({@link HeadlessChromium#assumeInstalled()}).
	 */
	static class ChromiumInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String missing = HeadlessChromium.missing();
			return (missing != null && !HeadlessChromium.inCi()) ? ConditionEvaluationResult.disabled(missing)
					: ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}

	}

}
