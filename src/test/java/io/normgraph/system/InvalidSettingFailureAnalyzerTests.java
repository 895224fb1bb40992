package io.normgraph.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidSettingFailureAnalyzerTests {

	@Test
	void aValueInRangeIsReturnedAndOneBelowItRefusedNamingTheSettingTheRuleAndTheValue() {
		assertThat(InvalidSettingException.atLeast("normgraph.x", 1, 1)).isEqualTo(1);
		assertThatExceptionOfType(InvalidSettingException.class)
			.isThrownBy(() -> InvalidSettingException.atLeast("normgraph.x", 0, 1))
			.withMessage("normgraph.x must be at least 1, not 0.")
			.satisfies((ex) -> assertThat(ex.setting()).isEqualTo("normgraph.x"));
	}

	@Test
	void aBeanThatRefusedItsSettingFailsTheStartWithWhatToChange() {
		InvalidSettingException refused = new InvalidSettingException("normgraph.x", -3, "at least 1");
		FailureAnalysis analysis = new InvalidSettingFailureAnalyzer()
			.analyze(new BeanCreationException("service", "Failed to instantiate", refused));

		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("normgraph.x must be at least 1, not -3.");
		assertThat(analysis.getAction()).isEqualTo("Change normgraph.x (docs/running.md).");
	}

}
