package io.normgraph.database;

import java.io.File;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.FileSystemUtils;

import io.normgraph.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does on first start: open the embedded Neo4j Browser in a real (headless)
 * Chromium, connect with "No authentication" through the form Browser shows, and run a Cypher
 * query against the bundled corpus. Skipped, with the reason, where Chromium or chromedriver
 * is not installed.
 */
@EndToEndTest
@ExtendWith(NeoBrowserTests.ChromiumInstalled.class)
class NeoBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("normgraph.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("normgraph.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOT = Path.of("target/screenshots/neo4j-browser.png");

	@Autowired
	EmbeddedNeo4jAddresses addresses;

	@Autowired
	Neo4jClient client;

	private Path profile;

	private WebDriver browser;

	@BeforeEach
	void startChromium() throws IOException {
		this.profile = Files.createTempDirectory("normgraph-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
				"--user-data-dir=" + this.profile);
		// An explicit driver, so Selenium Manager never goes looking for one on the network.
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
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
	void browserConnectsWithoutAuthenticationAndQueriesTheCorpus() throws IOException {
		long entities = this.client.query("MATCH (n:Entity) RETURN count(n)").fetchAs(Long.class).one().orElseThrow();
		assertThat(entities).as("the bundled corpus is loaded").isPositive();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(120));
		try {
			this.browser.get(this.addresses.browser().toString());

			// Browser offers its connect form, pre-filled with the Bolt address from the discovery document.
			WebElement address = wait.until(page -> first(page, By.cssSelector("[data-testid='boltaddress']")));
			assertThat(address.getDomProperty("value")).endsWith(":" + this.addresses.bolt().getPort());
			new Select(this.browser.findElement(By.cssSelector("[data-testid='authenticationMethod']")))
				.selectByValue("NO_AUTH");
			this.browser.findElement(By.cssSelector("[data-testid='connect']")).click();
			wait.until(page -> frameContaining(page, "You have a working connection"));

			this.browser.findElement(By.cssSelector("[data-testid='activeEditor'] textarea"))
				.sendKeys("MATCH (n:Entity) RETURN count(n) AS entities");
			this.browser.findElement(By.cssSelector("[data-testid='editor-Run']")).click();
			Pattern count = Pattern.compile("(?s).*\\bentities\\b.*\\b" + entities + "\\b.*");
			WebElement result = wait.until(page -> page.findElements(By.cssSelector("[data-testid='frame']"))
				.stream()
				.filter(frame -> count.matcher(frame.getText()).matches())
				.findFirst()
				.orElse(null));
			assertThat(result.getText()).contains("MATCH (n:Entity) RETURN count(n) AS entities");

			// The database sidebar lists the corpus' labels: Browser reads the schema over the same connection.
			this.browser.findElement(By.cssSelector("[data-testid='navigationDBMS']")).click();
			wait.until(page -> page.findElement(By.tagName("body")).getText().contains("Provision") ? true : null);
		}
		finally {
			screenshot();
		}
	}

	private static WebElement first(WebDriver page, By by) {
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
		Files.createDirectories(SCREENSHOT.getParent());
		File shot = ((org.openqa.selenium.TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Disables the class, with the reason in the test report, where Chromium or chromedriver is
	 * missing; evaluated before the application starts.
	 */
	static class ChromiumInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!Files.isExecutable(CHROMIUM)) {
				return ConditionEvaluationResult.disabled(
						"Chromium not found at " + CHROMIUM + " (apt-get install chromium, or -Dnormgraph.chromium=PATH)");
			}
			if (!Files.isExecutable(CHROMEDRIVER)) {
				return ConditionEvaluationResult.disabled("chromedriver not found at " + CHROMEDRIVER
						+ " (apt-get install chromium-driver, or -Dnormgraph.chromedriver=PATH)");
			}
			return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
		}

	}

}
