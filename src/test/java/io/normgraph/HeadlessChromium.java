package io.normgraph;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.jspecify.annotations.Nullable;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless chromium driven through Debian's chromedriver (packages {@code chromium}
 * and {@code chromium-driver}), with a fresh profile and download folder, no network
 * services of its own, and the browser console recorded. Tests are skipped, visibly, where
 * either binary is missing, and fail where it is missing in CI ({@code CI=true}). Other paths: {@code -Dnormgraph.chromium=…},
 * {@code -Dnormgraph.chromedriver=…}.
 */
public final class HeadlessChromium {

	public static final Path CHROMIUM = Path.of(System.getProperty("normgraph.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path
		.of(System.getProperty("normgraph.chromedriver", "/usr/bin/chromedriver"));

	private HeadlessChromium() {
	}

	/** Why browser tests cannot run here, or {@code null} when they can. */
	public static @Nullable String missing() {
		if (!Files.isExecutable(CHROMIUM)) {
			return CHROMIUM + " is missing (Debian package chromium)";
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			return CHROMEDRIVER + " is missing (Debian package chromium-driver)";
		}
		return null;
	}

	/**
	 * Skips the test, saying why, where Chromium is missing; fails it instead in CI, where
	 * .ci/run installs Chromium, so a CI that lost it cannot stay green with the browser untested.
	 */
	public static void assumeInstalled() {
		assumeInstalled(missing(), inCi());
	}

	static void assumeInstalled(@Nullable String missing, boolean inCi) {
		if (missing != null && inCi) {
			throw new AssertionError(missing + ", but CI=true and .ci/run installs it: the browser would go untested");
		}
		assumeTrue(missing == null, () -> "Skipped: " + missing + "; the browser is not tested");
	}

	/** In CI: the environment variable {@code CI} is {@code true} (as CI services and .ci/run set it). */
	public static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	public static ChromeDriver start(Path profile, Path downloads) {
		return start(options(profile, downloads));
	}

	/**
	 * A Chromium with the network cut: every host name but localhost fails to resolve, so any
	 * request to another host fails as it would on a machine without internet access; every
	 * request is also recorded (the DevTools performance log), so {@link OfflineRequests} can
	 * name what a page tried to fetch from elsewhere, IP addresses included.
	 */
	public static ChromeDriver startOffline(Path profile, Path downloads) {
		ChromeOptions options = options(profile, downloads);
		options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		logging.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		return start(options);
	}

	private static ChromeOptions options(Path profile, Path downloads) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-default-apps", "--window-size=1280,800", "--user-data-dir=" + profile.toAbsolutePath());
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
				"download.prompt_for_download", false));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		return options;
	}

	private static ChromeDriver start(ChromeOptions options) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Makes the page's viewport exactly this size (a window size would include the window's frame). */
	public static void viewport(ChromeDriver driver, int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Console messages at SEVERE (errors, failed loads) since the last call. */
	public static List<String> consoleErrors(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::toString)
			.toList();
	}

	public static void screenshot(ChromeDriver driver, String name) throws IOException {
		Path directory = Files.createDirectories(Path.of("target", "screenshots"));
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
