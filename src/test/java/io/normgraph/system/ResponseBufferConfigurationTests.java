package io.normgraph.system;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API answer is buffered up to the configured size before any of it is sent, and Tomcat
 * writes it through a socket buffer of the configured size; a zero leaves Tomcat's defaults.
 */
class ResponseBufferConfigurationTests {

	private final ResponseBufferConfiguration configuration = new ResponseBufferConfiguration();

	@Test
	void anAnswerIsBufferedUpToTheConfiguredSize() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.configuration.responseBufferFilter(DataSize.ofKilobytes(128))
			.getFilter()
			.doFilter(new MockHttpServletRequest("GET", "/api/v1/nodes/x/lineage"), response, chain);

		assertThat(response.getBufferSize()).isEqualTo(128 * 1024);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void zeroLeavesTheServersBuffer() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		int before = response.getBufferSize();

		this.configuration.responseBufferFilter(DataSize.ofBytes(0))
			.getFilter()
			.doFilter(new MockHttpServletRequest("GET", "/api/v1/nodes/x"), response, new MockFilterChain());

		assertThat(response.getBufferSize()).isEqualTo(before);
	}

	@Test
	void tomcatWritesThroughASocketBufferOfTheConfiguredSize() {
		Connector connector = new Connector();
		this.configuration.socketBuffer(DataSize.ofKilobytes(64)).customize(connector);
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("65536");

		Connector untouched = new Connector();
		Object before = untouched.getProperty("socket.appWriteBufSize");
		this.configuration.socketBuffer(DataSize.ofBytes(0)).customize(untouched);
		assertThat(untouched.getProperty("socket.appWriteBufSize")).isEqualTo(before);
	}

	@Test
	void coversTheApiAndGraphQl() {
		assertThat(this.configuration.responseBufferFilter(DataSize.ofKilobytes(128)).getUrlPatterns())
			.containsExactlyInAnyOrder("/api/*", "/graphql");
	}

}
