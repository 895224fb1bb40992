package io.normgraph.security;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Reading is open to everyone; anything that writes needs HTTP Basic authentication as the
 * configured importer. Stateless, so no sessions and no CSRF tokens: credentials travel with
 * every write.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class SecurityConfiguration {

	static final String IMPORTER = "IMPORTER";

	/** The example queries as a Neo4j Browser guide (io.normgraph.explorer). */
	static final String BROWSER_GUIDE = "/guide/browser";

	private static final Log logger = LogFactory.getLog(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.csrf((csrf) -> csrf.disable())
			.cors(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
				.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
				// GraphQL is read-only (the schema has no mutations), so a POST to it reads.
				.requestMatchers(HttpMethod.POST, "/graphql").permitAll()
				.anyRequest().hasRole(IMPORTER))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"normgraph\"");
				ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
						"Writing needs authentication as the importer (HTTP Basic).");
			}))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response, ex) -> ProblemResponses
				.write(request, response, HttpStatus.FORBIDDEN, "This account may not write.")))
			.build();
	}

	/**
	 * No Spring Security observations: nothing here reads them, and with an observation
	 * registry present Security otherwise wraps each of its filters, on every request, in an
	 * observing filter (about a tenth of a lineage request's CPU when profiled, even with the
	 * observations themselves switched off). HTTP request metrics stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	InMemoryUserDetailsManager users(SecurityProperties properties) {
		if (!properties.writesEnabled()) {
			logger.info("Writes over HTTP are off: set normgraph.security.password to allow imports");
			return new InMemoryUserDetailsManager();
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		UserDetails importer = User.withUsername(properties.username())
			.password(encoder.encode(properties.password()))
			.roles(IMPORTER)
			.build();
		return new InMemoryUserDetailsManager(importer);
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Content-Type", "Authorization"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/graphql", cors);
		// Neo4j Browser (another origin) fetches the guide for :play with headers of its own
		// (cache-control, pragma, sentry-trace); the guide is as public as the read API.
		CorsConfiguration guide = new CorsConfiguration();
		guide.addAllowedOrigin("*");
		guide.setAllowedMethods(List.of("GET"));
		guide.addAllowedHeader("*");
		source.registerCorsConfiguration(BROWSER_GUIDE, guide);
		return source;
	}

}
