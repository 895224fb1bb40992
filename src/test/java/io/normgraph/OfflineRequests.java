package io.normgraph;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page in a {@link HeadlessChromium#startOffline} browser tried to fetch from another
 * host, read from the DevTools performance log: page loads, scripts, styles, fonts,
 * fetches and WebSockets, each with the error it got (with the network cut, a host name
 * fails to resolve).
 */
public final class OfflineRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	/** Schemes that reach a network; data:, blob:, about: and the browser's own pages do not. */
	private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

	private OfflineRequests() {
	}

	/**
	 * Requests to hosts other than this machine since the last call, as {@code URL (error)};
	 * reading the log empties it.
	 */
	public static List<String> toOtherHosts(ChromeDriver driver) {
		Map<String, String> urls = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> sockets = new ArrayList<>();
		for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" ->
					urls.putIfAbsent(params.path("requestId").asString(), params.path("request").path("url").asString());
				case "Network.loadingFailed" ->
					errors.put(params.path("requestId").asString(), params.path("errorText").asString());
				case "Network.webSocketCreated" -> sockets.add(params.path("url").asString());
				default -> {
				}
			}
		}
		List<String> elsewhere = new ArrayList<>();
		urls.forEach((id, url) -> {
			if (!isLocal(url)) {
				elsewhere.add(url + " (" + errors.getOrDefault(id, "no error: it was answered") + ")");
			}
		});
		sockets.stream().filter((url) -> !isLocal(url)).forEach((url) -> elsewhere.add(url + " (WebSocket)"));
		return elsewhere;
	}

	static boolean isLocal(String url) {
		String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
		if (!NETWORK_SCHEMES.contains(scheme)) {
			return true;
		}
		try {
			String host = URI.create(url).getHost();
			return host != null && LOCAL_HOSTS.contains(host);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
