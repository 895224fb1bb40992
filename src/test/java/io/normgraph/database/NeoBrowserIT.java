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
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.FileSystemUtils;

import io.normgraph.EndToEndTest;
import io.normgraph.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user does on first start: open the embedded Neo4j Browser in a real (headless)
 * Chromium, connect with "No authentication" through the form Browser shows, and run a Cypher
 * query against the bundled corpus. Skipped, with the reason, where Chromium or chromedriver
 * is not installed.
 */
@EndToEndTest
@ExtendWith(NeoBrowserIT.ChromiumInstalled.class)
class NeoBrowserIT {

	@Autowired
	EmbeddedNeo4jAddresses addresses;

	@Autowired
	Neo4jClient client;

	private Path profile;

	private ChromeDriver browser;

	@BeforeEach
	void startChromium() throws IOException {
		HeadlessChromium.assumeInstalled();
		this.profile = Files.createTempDirectory("normgraph-chromium");
		this.browser = HeadlessChromium.start(this.profile.resolve("profile"), this.profile.resolve("downloads"));
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
			// The form fades in and re-lays itself out when the method changes, so a choice or a click
			// can miss: until Browser reports the connection, (re)choose "No authentication" while the
			// form is there and press Connect once that choice has taken.
			wait.ignoring(ElementNotInteractableException.class, StaleElementReferenceException.class).until(page -> {
				WebElement connected = frameContaining(page, "You have a working connection");
				if (connected != null) {
					return connected;
				}
				WebElement method = first(page, By.cssSelector("[data-testid='authenticationMethod']"));
				WebElement connect = first(page, By.cssSelector("[data-testid='connect']"));
				if (method != null && connect != null && connect.isDisplayed() && connect.isEnabled()) {
					Select choice = new Select(method);
					if (!"NO_AUTH".equals(choice.getFirstSelectedOption().getDomProperty("value"))) {
						choice.selectByValue("NO_AUTH");
						return null;
					}
					connect.click();
				}
				return null;
			});

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
