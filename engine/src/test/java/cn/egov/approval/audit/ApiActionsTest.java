package cn.egov.approval.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditors filter by these names: each feature's calls get their own, the longer prefix
 * first.
 */
class ApiActionsTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "/api/items/SFX-1/versions, CATALOG_CHANGE", "/api/fees/windows, CONFIGURATION_CHANGE",
			"/api/fees/windows/{code}/staff/{username}, CONFIGURATION_CHANGE",
			"/api/scores/weights, CONFIGURATION_CHANGE", "/api/modeling/items/{code}/deploy, CONFIGURATION_CHANGE",
			"/api/fees/books/{id}/hand-in, RECEIPT_BOOK_CHANGE", "/api/fees/payments, FEE_REQUEST",
			"/api/fees/e-payments, FEE_REQUEST", "/api/levy/cases, LEVY_REQUEST",
			"/api/penalty/on-the-spot, PENALTY_REQUEST", "/api/supervision/cards/{id}/confirm, SUPERVISION_REQUEST",
			"/api/complaints, COMPLAINT_REQUEST", "/api/scores/bulletin, API_CALL", "/api/feesx, API_CALL",
			"/engine-rest/deployment/create, CONFIGURATION_CHANGE", "/engine-rest/task, ENGINE_API_CALL" })
	void shouldNameTheKindOfChangeFromThePath(String path, String action) {
		assertThat(ApiActions.of(path)).isEqualTo(action);
	}

}
