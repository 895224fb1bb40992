package io.normgraph.comparison;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import io.normgraph.ControllerSliceTest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller over the real {@link ComparisonService} (spied, so a test can fix its answer)
 * on a mocked {@link Neo4jClient}: the validation and the not-found rule run for real.
 */
@ControllerSliceTest(ComparisonController.class)
@Import(ComparisonService.class)
class ComparisonControllerTests {

	static final Comparison TABLE = new Comparison("wco-secure", "trips",
			List.of(new Comparison.Row(new Comparison.ProvisionRef("secure-std-4", "SECURE Standard 4", "4"),
					List.of(new Comparison.ProvisionRef("trips-art-52", "TRIPS Article 52", "52"),
							new Comparison.ProvisionRef("trips-art-57", "TRIPS Article 57", "57")),
					"DERIVES_FROM", "Application and right of Information", "extends", "costs undefined", "li-2008",
					"Table 1 row 4", java.util.Map.of("kind", "extends"))));

	@Autowired
	MockMvc mvc;

	@MockitoSpyBean
	ComparisonService comparisons;

	@MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
	Neo4jClient client;

	@Test
	void rowsWithCounterparts() throws Exception {
		willReturn(TABLE).given(this.comparisons).compare("wco-secure", "trips");
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure&against=trips"))
			.andExpect(jsonPath("$.instrument").value("wco-secure"))
			.andExpect(jsonPath("$.rows[0].provision.number").value("4"))
			.andExpect(jsonPath("$.rows[0].counterparts[1].id").value("trips-art-57"))
			.andExpect(jsonPath("$.rows[0].locator").value("Table 1 row 4"));
	}

	@Test
	void anInstrumentTheDatabaseDoesNotHoldIsNotFoundByName() throws Exception {
		databaseFinds(true, false);
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure&against=nothing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.parameter").value("against"));
		databaseFinds(false, true);
		this.mvc.perform(get("/api/v1/comparisons?instrument=nothing&against=trips"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.parameter").value("instrument"));
	}

	@Test
	void missingAndMalformedParametersAreRefusedBeforeAnyQuery() throws Exception {
		this.mvc.perform(get("/api/v1/comparisons?instrument=wco-secure"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("against"));
		this.mvc.perform(get("/api/v1/comparisons?instrument=WCO SECURE&against=trips"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("instrument"));
		verifyNoInteractions(this.client);
	}

	/** The existence statement's answer: which of the two instruments the graph holds. */
	private void databaseFinds(boolean instrument, boolean against) {
		List<String> found = new java.util.ArrayList<>();
		if (instrument) {
			found.add("wco-secure");
		}
		if (against) {
			found.add("trips");
		}
		given(this.client.query(ComparisonQueries.FOUND).bindAll(anyMap()).fetchAs(String.class).all()).willReturn(found);
	}

}
