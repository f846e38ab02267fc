package cn.egov.approval.casework;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A completion writes the fields it carries and clears those an earlier step left, and
 * nothing else: each write is a row of the engine's history.
 */
class CaseTaskFieldsTest {

	@Test
	void shouldWriteTheGivenFieldsAndClearStaleOnesOnly() {
		Map<String, Object> given = new HashMap<>();
		given.put("opinion", "同意");
		given.put("reason", null);
		Map<String, Object> current = new HashMap<>();
		current.put("returnTo", "handler");
		current.put("opinion", "退回补充");
		current.put("certificateNo", null);

		Map<String, Object> variables = CaseTasks.fieldVariables(given, current);

		assertThat(variables).containsOnly(entry("opinion", "同意"), entry("returnTo", null));
	}

	@Test
	void shouldWriteNothingForAStepWithoutFieldsOnAFreshCase() {
		assertThat(CaseTasks.fieldVariables(Map.of("outcome", "ACCEPT"), Map.of())).isEmpty();
	}

}
