package io.normgraph.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Large answers leave the server in a few large writes instead of one per 8 KiB. Tomcat sends a
 * response in pieces of its response buffer (8 KiB), each through its socket buffer (8 KiB): a
 * lineage of a few hundred nodes (about 200 KiB of JSON) was some 25 writes interleaved with
 * writing the JSON, each waking the client to read a piece. The API's answers are now buffered
 * up to {@code normgraph.http.response-buffer} (Tomcat keeps a response's buffer between requests
 * up to 16 times its default, 128 KiB, so this costs no allocation per request) and written
 * through a socket buffer of {@code normgraph.http.socket-buffer}. An answer larger than the buffer
 * still streams, in pieces of that size.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ResponseBufferConfiguration {

	@Bean
	FilterRegistrationBean<ResponseBufferFilter> responseBufferFilter(
			@Value("${normgraph.http.response-buffer:128KB}") DataSize size) {
		FilterRegistrationBean<ResponseBufferFilter> registration = new FilterRegistrationBean<>(
				new ResponseBufferFilter((int) size.toBytes()));
		registration.addUrlPatterns("/api/*", "/graphql");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Bean
	TomcatConnectorCustomizer socketBuffer(@Value("${normgraph.http.socket-buffer:64KB}") DataSize size) {
		return (connector) -> {
			if (size.toBytes() > 0) {
				connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes()));
			}
		};
	}

	static final class ResponseBufferFilter extends OncePerRequestFilter {

		private final int size;

		ResponseBufferFilter(int size) {
			this.size = size;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.size > response.getBufferSize()) {
				response.setBufferSize(this.size);
			}
			chain.doFilter(request, response);
		}

	}

}
