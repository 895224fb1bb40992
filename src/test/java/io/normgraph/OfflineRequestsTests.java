package io.normgraph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which recorded requests left this machine. */
class OfflineRequestsTests {

	@Test
	void onlyNetworkRequestsToOtherHostsCount() {
		assertThat(OfflineRequests.isLocal("http://localhost:8080/graphiql")).isTrue();
		assertThat(OfflineRequests.isLocal("ws://127.0.0.1:7687/")).isTrue();
		assertThat(OfflineRequests.isLocal("data:image/svg+xml;charset=utf-8,<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
			.isTrue();
		assertThat(OfflineRequests.isLocal("chrome-untrusted://new-tab-page/one-google-bar?paramsencoded=")).isTrue();
		assertThat(OfflineRequests.isLocal("https://esm.sh/graphiql@5.2.1/dist/style.css")).isFalse();
		assertThat(OfflineRequests.isLocal("http://93.184.216.34/")).isFalse();
		assertThat(OfflineRequests.isLocal("wss://example.org/socket")).isFalse();
		assertThat(OfflineRequests.isLocal("https://fonts.googleapis.com/css2?family=Fira+Code:wght@500&display=swap"))
			.isFalse();
	}

}
