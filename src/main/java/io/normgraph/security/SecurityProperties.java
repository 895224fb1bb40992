package io.normgraph.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may write, and how much any client may ask of the server.
 *
 * @param username the one account allowed to import
 * @param password its password; when empty, no one can write over HTTP (there is no default
 * outside the {@code dev} profile)
 * @param corsAllowedOrigins origins of visualisation front ends allowed to call the API from a
 * browser, e.g. {@code https://viz.example.org}; empty means same-origin only
 * @param requestsPerWindow requests one client address may make per window before getting 429
 * @param window the rate-limit window
 * @param maxRequestSize largest body of any request but an import
 * @param maxImportSize largest import upload (a zip of CSV files)
 * @param graphqlMaxDepth deepest GraphQL selection set accepted
 * @param graphqlMaxComplexity most fields (summed over the query) a GraphQL request may select
 */
@ConfigurationProperties("normgraph.security")
public record SecurityProperties(@DefaultValue("importer") String username, @Nullable String password,
		@DefaultValue List<String> corsAllowedOrigins, @DefaultValue("300") long requestsPerWindow,
		@DefaultValue("1m") Duration window, @DefaultValue("256KB") DataSize maxRequestSize,
		@DefaultValue("64MB") DataSize maxImportSize, @DefaultValue("12") int graphqlMaxDepth,
		@DefaultValue("1000") int graphqlMaxComplexity) {

	boolean writesEnabled() {
		return this.password != null && !this.password.isBlank();
	}

}
