package io.normgraph.explorer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.EndToEndTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Against the bundled corpus, which the application loads into its empty test database. */
@EndToEndTest
class SuggestionControllerIT {

	@Autowired
	private MockMvc mvc;

	@Test
	void anExactIdComesFirst() throws Exception {
		this.mvc.perform(get("/explorer/suggestions").param("q", "secure-std-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].id").value("secure-std-1"))
			.andExpect(jsonPath("$.suggestions[0].labels[0]").value("Provision"))
			.andExpect(jsonPath("$.suggestions[*].id", hasItem("secure-std-12")));
	}

	@Test
	void namesAndTextAreFoundToo() throws Exception {
		this.mvc.perform(get("/explorer/suggestions").param("q", "SAFE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[*].id", hasItem("wco-safe")));
	}

	@Test
	void blankOrOddInputSuggestsNothingRatherThanFailing() throws Exception {
		this.mvc.perform(get("/explorer/suggestions").param("q", "  "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions", hasSize(0)));
		this.mvc.perform(get("/explorer/suggestions").param("q", "\") OR 1=1 //"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions").isArray());
	}

}
