package io.normgraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.normgraph.EndToEndTest;
import io.normgraph.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay and the side-by-side diff in a real headless Chromium against the bundled corpus:
 * stepping meeting by meeting shows who stood where, what was decided and what changed, the
 * slider redraws the chosen node's graph as of each date, and two versions of a text are one
 * click from their diff.
 */
@EndToEndTest
class ReplayPageIT {

	private static final Duration WAIT = Duration.ofSeconds(90);

	@LocalServerPort
	private int port;

	private ChromeDriver driver;

	@BeforeEach
	void startBrowser() throws IOException {
		HeadlessChromium.assumeInstalled();
		Path base = Files.createDirectories(Path.of("target", "chromium", UUID.randomUUID().toString()));
		this.driver = HeadlessChromium.start(base.resolve("profile"), Files.createDirectories(base.resolve("downloads")));
		HeadlessChromium.viewport(this.driver, 1280, 900);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void stepThroughTheMeetingsOfTheNegotiation() throws Exception {
		open("/");
		this.driver.findElement(By.id("replay-toggle")).click();
		waitForStep("g8-summit-2005");
		assertThat(text("#replay-date")).isEqualTo("2005-07");
		assertThat(this.driver.findElement(By.id("replay-previous")).isEnabled()).isFalse();
		// step by step to the 3rd Working Group
		stepTo("wco-secure-wg-3");
		assertThat(text("#replay-date")).isEqualTo("2008-04-24");
		String stances = text("[data-testid=replay-stances]");
		assertThat(stances).contains("China opposes SECURE Introduction: reference to the G8 Summit",
				"United States supports SECURE Introduction: reference to the G8 Summit", "Brazil opposes SECURE Standard 1");
		assertThat(text("[data-testid=replay-decided]")).contains("WG3: reference to the G8 Summit deleted");
		assertThat(text("[data-testid=replay-changed]")).contains("SECURE, draft text of 24 April 2008",
				"SECURE Introduction: reference to the G8 Summit");
		assertThat(graphHas("chn", "secure-intro-g8-reference")).isTrue();
		HeadlessChromium.screenshot(this.driver, "10-replay-wg3");
		// the next step: the 59th Policy Commission, who stood where there and what changed since
		this.driver.findElement(By.id("replay-next")).click();
		waitForStep("wco-policy-commission-59");
		assertThat(text("[data-testid=replay-stances]")).contains("India opposes").doesNotContain("China opposes");
		assertThat(text("[data-testid=replay-changed]")).contains("Since SECURE Working Group, 3rd meeting",
				"SECURE, working draft as of 25 April 2008");
		assertThat(graphHas("ind")).isTrue();
		assertThat(graphHas("chn")).isFalse();
		HeadlessChromium.screenshot(this.driver, "11-replay-pc59");
		this.driver.findElement(By.id("replay-previous")).click();
		waitForStep("wco-secure-wg-3");
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	@Test
	void theSliderRedrawsTheChosenNodesGraphAsOfEachDate() {
		open("/#secure-std-1");
		waitFor().until((d) -> graphHas("secure-std-1", "g8-2005-declaration") && graphHas("bra"));
		this.driver.findElement(By.id("replay-toggle")).click();
		waitForStep("g8-summit-2005");
		stepTo("wco-secure-wg-2");
		waitFor().until((d) -> graphHas("secure-std-1"));
		assertThat(graphHas("bra")).as("no stance on Standard 1 before the 3rd Working Group").isFalse();
		assertThat((String) script("return window.normgraph.exportUrl('graphml');")).contains("asOf=2008-02");
		stepTo("wco-secure-wg-3");
		waitFor().until((d) -> graphHas("bra", "chn", "ecu"));
		assertThat(text("[data-testid=replay-delta]")).matches("Graph: [1-9]\\d* appeared, 0 gone\\.");
		assertThat((Long) script("return window.normgraph.cy.$('.replay-new').length;")).isGreaterThanOrEqualTo(6L);
		// the slider's last date: everything, then the replay stops and the whole graph is back
		script("const s = document.getElementById('replay-slider'); s.value = s.max; s.dispatchEvent(new Event('change'));");
		waitFor().until((d) -> "2009-06".equals(text("#replay-date")));
		this.driver.findElement(By.id("replay-stop")).click();
		waitFor().until((d) -> script("return window.normgraph.state.asOf;") == null);
		assertThat((String) script("return window.normgraph.exportUrl('graphml');")).doesNotContain("asOf");
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	@Test
	void twoVersionsOfATextAreOneClickFromTheirDiff() throws Exception {
		open("/#secure-std-4");
		WebElement compare = waitFor().until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("[data-testid=versions] button.compare")));
		assertThat(text("[data-testid=versions]")).contains("Standard 4 as quoted in footnote 26",
				"Standard 4 as quoted in the main text", "parallel wording");
		compare.click();
		WebElement dialog = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("diff-dialog")));
		assertThat(dialog.findElement(By.className("diff-title")).getText())
			.isEqualTo("Standard 4 as quoted in footnote 26 → Standard 4 as quoted in the main text");
		List<WebElement> changed = dialog.findElements(By.cssSelector("tr[data-kind=REPLACE], tr[data-kind=DELETE], tr[data-kind=INSERT]"));
		assertThat(changed).isNotEmpty();
		assertThat(dialog.findElement(By.cssSelector("tr[data-kind=DELETE] .diff-from")).getText()).contains("application");
		assertThat(text(".diff-summary")).matches("\\d+ changed, \\d+ added, [1-9]\\d* removed.*");
		HeadlessChromium.screenshot(this.driver, "12-diff-standard-4");
		dialog.findElement(By.className("diff-close")).click();
		waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("diff-dialog")));
		assertThat(HeadlessChromium.consoleErrors(this.driver)).isEmpty();
	}

	/** Clicks "next meeting" until the step is the given meeting. */
	private void stepTo(String meeting) {
		for (int i = 0; i < 40; i++) {
			String shown = shownStep();
			if (meeting.equals(shown)) {
				return;
			}
			this.driver.findElement(By.id("replay-next")).click();
			waitFor().until((d) -> !String.valueOf(shown).equals(shownStep()));
		}
		throw new AssertionError("never reached " + meeting);
	}

	private void waitForStep(String meeting) {
		waitFor().until((d) -> meeting.equals(shownStep()));
	}

	/** The meeting the step panel shows (read in the page: the panel is redrawn at every step). */
	private String shownStep() {
		return (String) script("const h = document.querySelector('#replay-step h3'); return h ? (h.dataset.id || '') : null;");
	}

	private boolean graphHas(String... ids) {
		return Boolean.TRUE.equals(script(
				"const cy = window.normgraph.cy; return arguments[0].every((id) => cy.getElementById(id).nonempty());",
				List.of(ids)));
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		waitFor().until((d) -> Boolean.TRUE.equals(script("return !!(window.normgraph && window.normgraphReplay);")));
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
