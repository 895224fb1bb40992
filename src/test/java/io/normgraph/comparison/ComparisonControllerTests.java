package io.normgraph.comparison;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.ControllerSliceTest;
import io.normgraph.system.NotFoundException;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ControllerSliceTest(ComparisonController.class)
class ComparisonControllerTests {

	static final Comparison TABLE = new Comparison("wco-secure", "trips",
			List.of(new Comparison.Row(new Comparison.ProvisionRef("secure-std-4", "SECURE Standard 4", "4"),
					List.of(new Comparison.ProvisionRef("trips-art-52", "TRIPS Article 52", "52"),
							new Comparison.ProvisionRef("trips-art-57", "TRIPS Article 57", "57")),
					"DERIVES_FROM", "Application and right of Information", "extends", "costs undefined", "li-2008",
					"Table 1 row 4", java.util.Map.of("kind", "extends"))));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ComparisonService comparisons;

	@Test
	void rowsWithCounterparts() throws Exception {
		given(this.comparisons.compare("wco-secure", "trips")).willReturn(TABLE);
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure&against=trips"))
			.andExpect(jsonPath("$.instrument").value("wco-secure"))
			.andExpect(jsonPath("$.rows[0].provision.number").value("4"))
			.andExpect(jsonPath("$.rows[0].counterparts[1].id").value("trips-art-57"))
			.andExpect(jsonPath("$.rows[0].locator").value("Table 1 row 4"));
	}

	@Test
	void unknownInstrumentAndMissingParameter() throws Exception {
		given(this.comparisons.compare("wco-secure", "nothing")).willThrow(new NotFoundException("against", "nothing"));
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure&against=nothing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.parameter").value("against"));
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("against"));
	}

}
