package io.normgraph.database;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.server.configuration.ServerSettings;

/**
 * Neo4j Browser on the embedded database: the settings Browser reads from the server once
 * connected, and the address that opens it ready to connect.
 */
final class NeoBrowserSettings {

	/** Hosts the application answers on whatever {@code server.address} says. */
	private static final List<String> LOCAL_HOSTS = List.of("localhost", "127.0.0.1");

	private NeoBrowserSettings() {
	}

	/**
	 * No product analytics (Browser would load Segment's and Canny's scripts from the internet,
	 * and fail offline), and guides ({@code :play URL}) only from the hosts the application
	 * serves its own on ({@code /guide/browser}), not from neo4j.com.
	 * @param serverAddress the application's {@code server.address}, if set
	 */
	static Map<Setting<?>, Object> of(@Nullable String serverAddress) {
		Set<String> hosts = new LinkedHashSet<>(LOCAL_HOSTS);
		if (serverAddress != null && !serverAddress.isBlank() && !serverAddress.equals("0.0.0.0")
				&& !serverAddress.equals("::")) {
			hosts.add(serverAddress);
		}
		return Map.of(ServerSettings.allow_telemetry, false, ServerSettings.browser_remote_content_hostname_whitelist,
				String.join(",", hosts));
	}

	/**
	 * Browser's address with this database and, when the database needs no password, "No
	 * authentication" chosen, so it connects without a form.
	 */
	static URI url(String httpHost, int httpPort, URI bolt, boolean authEnabled) {
		return URI.create("http://" + httpHost + ":" + httpPort + "/browser/?"
				+ (authEnabled ? "" : "preselectAuthMethod=NO_AUTH&") + "dbms=" + bolt);
	}

}
