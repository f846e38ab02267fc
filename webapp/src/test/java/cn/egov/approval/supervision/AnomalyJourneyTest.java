package cn.egov.approval.supervision;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.egov.approval.HttpCaller.Response;
import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 5, acceptance 2 for the anomalies not covered by {@link AnomalyWarningTest}: each
 * provoked through the engine (as engine-rest or Cockpit would, past the platform's
 * forms), the time limit or the exchange raises its warning, and once only however often
 * it happens again; the clean journey with a fee and a special procedure raises none.
 */
@PlatformTest
class AnomalyJourneyTest extends WarningHttpTest {

	/** 不动产首次登记 (自然资源局): a fixed fee, chain handler → section head. */
	static final String REAL_ESTATE = "SFX-ZRZYJ-QR-0001";

	/** Both its fee rows apply (a building with homes and shops): 80 + 550 yuan. */
	static final List<String> BOTH_FEES = List.of("不动产登记费（住宅）", "不动产登记费（非住宅）");

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	SupervisionFacts facts;

	@Test
	void shouldRaiseNoAnomalyOnTheCleanJourneyFromApplicationToClosedWithFeeAndSpecialProcedure() {
		String caseNo = this.api.apply(REAL_ESTATE);
		this.api.complete("clerk3", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		Response paused = this.api.as("handler3")
			.postJson("/api/cases/" + caseNo + "/pauses",
					"{\"kind\": \"INSPECTION\", \"reason\": \"实地查看界址\", \"expectedWorkingDays\": 2}");
		assertThat(paused.status()).as(paused.body()).isEqualTo(201);
		Response resumed = this.api.as("handler3")
			.post("/api/cases/" + caseNo + "/pauses/" + paused.json().get("id").asText() + "/end", "application/json",
					BodyPublishers.noBody());
		assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
		this.api.complete("handler3", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合登记条件"));
		this.api.complete("head3", caseNo, "section-head",
				Map.of("outcome", "APPROVE", "opinion", "同意登簿", "fees", BOTH_FEES));
		this.api.complete("clerk3", caseNo, "payment", Map.of("outcome", "PAID", "receiptNo", "FS2026-000456"));
		this.api.complete("clerk3", caseNo, "certificate",
				Map.of("outcome", "ISSUED", "certificateNo", "示不动产权第0000002号", "scope", "示范县人民路 8 号"));
		this.api.complete("clerk3", caseNo, "delivery", Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));

		assertThat(this.facts.ofCase(caseNo, null)).extracting(SupervisionFact::kind)
			.contains(SupervisionFactKind.CASE_STARTED, SupervisionFactKind.PAUSE_STARTED, SupervisionFactKind.DECIDED,
					SupervisionFactKind.FEE_ASSESSED, SupervisionFactKind.CASE_ENDED);
		assertThat(this.api.warnings(caseNo)).isEmpty();
	}

	@Test
	void shouldRaiseStepOutOfOrderOnceWhenAChainStepIsOpenedPastItsTurn() {
		String caseNo = this.api.acceptedFoodCase();
		// The handler's step (index 0) is open; the deputy leader's (index 2) is opened
		// instead, and then the section head's, neither after a signature.
		openChainStepInstead(caseNo, 2, "deputy-leader");
		openChainStepInstead(caseNo, 1, "section-head");
		assertThat(this.api.warnings(caseNo)).containsExactly("ANOMALY:STEP_OUT_OF_ORDER");
	}

	@Test
	void shouldRaiseFeeOffStandardOnceWhenTheFeeIsChangedInTheEngine() {
		String caseNo = billedRealEstateCase();
		// As engine-rest stores a JSON number: a Double.
		this.runtime.setVariable(instance(caseNo), "feeAmount", 880.5);
		this.runtime.setVariable(instance(caseNo), "feeAmount", "500");
		assertThat(this.api.warningsOf(caseNo)).singleElement().satisfies((warning) -> {
			assertThat(warning.get("kind").asText()).isEqualTo("FEE_OFF_STANDARD");
			assertThat(warning.get("detail").asText()).contains("880.5", "630");
		});
	}

	@Test
	void shouldRaiseFeeOffStandardForAnAmountThatIsNoNumberWithoutFailingTheEngine() {
		String caseNo = billedRealEstateCase();
		this.runtime.setVariable(instance(caseNo), "feeAmount", "八百元");
		assertThat(this.runtime.getVariable(instance(caseNo), "feeAmount")).isEqualTo("八百元");
		assertThat(this.api.warnings(caseNo)).containsExactly("ANOMALY:FEE_OFF_STANDARD");
	}

	@Test
	void shouldRaiseNonAcceptanceWithoutReasonsOnceForAnExchangedCaseWhichTheEngineCannotProduce() {
		String caseNo = "EX-" + UUID.randomUUID().toString().substring(0, 8);
		Instant received = Instant.parse("2026-12-01T02:00:00Z");
		exchange(caseNo, "start", SupervisionFactKind.CASE_STARTED, received, Map.of());
		exchange(caseNo, "rejected", SupervisionFactKind.NOT_ACCEPTED, received, Map.of("reason", " "));
		exchange(caseNo, "rejected-again", SupervisionFactKind.NOT_ACCEPTED, received, Map.of());
		assertThat(this.api.listed(caseNo, "SFX-MZJ")).containsExactly("ANOMALY:NON_ACCEPTANCE_WITHOUT_REASONS");

		// On this platform the non-acceptance notice needs its reasons: even past the
		// form (as engine-rest could), the step fails and nothing is recorded.
		String local = this.api.apply(WarningJourneyTest.FOOD);
		Task preCheck = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(local)
			.taskDefinitionKey("PreCheck")
			.singleResult();
		Map<String, Object> blank = Map.of("outcome", "REJECT", "opinion", "不予受理", "reason", " ", "actor", "clerk");
		assertThatThrownBy(() -> this.tasks.complete(preCheck.getId(), blank))
			.isInstanceOf(ProcessEngineException.class);
		assertThat(this.facts.ofCase(local, SupervisionFactKind.NOT_ACCEPTED)).isEmpty();
		assertThat(this.api.warnings(local)).isEmpty();
	}

	@Test
	void shouldRaiseDeemedAcceptanceOnceWhenNobodyDecidesWithinFiveWorkingDays() {
		String caseNo = this.api.apply(WarningJourneyTest.FOOD);
		// Received Monday 7: the fifth working day ends with Monday 14.
		this.api.clock("2026-12-14T23:00:00+08:00");
		this.api.sleepForTheJobExecutor();
		assertThat(this.api.warnings(caseNo)).isEmpty();

		this.api.clock("2026-12-15T00:30:00+08:00");
		assertThat(this.api.awaitWarnings(caseNo, 1)).containsExactly("ANOMALY:DEEMED_ACCEPTANCE");
		assertThat(this.facts.ofCase(caseNo, SupervisionFactKind.DEEMED_ACCEPTED)).hasSize(1);
	}

	@Test
	void shouldRaisePauseWithoutNoticeOnceWhenTheClockIsPausedInTheEngine() {
		String caseNo = this.api.acceptedFoodCase();
		this.runtime.setVariable(instance(caseNo), "clockPaused", "INSPECTION");
		this.runtime.setVariable(instance(caseNo), "clockPaused", null);
		this.runtime.setVariable(instance(caseNo), "clockPaused", "TESTING");
		assertThat(this.facts.ofCase(caseNo, SupervisionFactKind.PAUSE_STARTED)).hasSize(2);
		assertThat(this.api.warnings(caseNo)).containsExactly("ANOMALY:PAUSE_WITHOUT_NOTICE");
	}

	@Test
	void shouldRaiseBackdatedOnceForADecisionEnteredDaysAfterTheDateItCarries() {
		String caseNo = "EX-" + UUID.randomUUID().toString().substring(0, 8);
		Instant recorded = Instant.parse("2026-12-01T02:00:00Z");
		Instant decided = Instant.parse("2026-12-02T02:00:00Z");
		exchange(caseNo, "start", SupervisionFactKind.CASE_STARTED, recorded, Map.of());
		// Entered within a day of its date: in time.
		exchange(caseNo, "decided", SupervisionFactKind.DECIDED, decided,
				Map.of("decision", "APPROVED", "enteredAt", "2026-12-02T10:00:00Z"));
		assertThat(this.api.listed(caseNo, "SFX-MZJ")).isEmpty();

		exchange(caseNo, "decided-again", SupervisionFactKind.DECIDED, decided,
				Map.of("decision", "APPROVED", "enteredAt", "2026-12-06T02:00:00Z"));
		exchange(caseNo, "decided-third", SupervisionFactKind.DECIDED, decided,
				Map.of("decision", "APPROVED", "enteredAt", "2026-12-07T02:00:00Z"));
		assertThat(this.api.listed(caseNo, "SFX-MZJ")).containsExactly("ANOMALY:BACKDATED");
	}

	/**
	 * Cancels the open chain step and opens the one at {@code index}, as Cockpit could.
	 */
	private void openChainStepInstead(String caseNo, int index, String role) {
		String instance = instance(caseNo);
		this.runtime.setVariables(instance, Map.of("stepIndex", index, "currentRole", role));
		this.runtime.createProcessInstanceModification(instance)
			.cancelAllForActivity("ChainStep")
			.startBeforeActivity("ChainStep")
			.execute();
	}

	/** A real-estate case approved and billed at the standard (80 + 550 yuan). */
	private String billedRealEstateCase() {
		String caseNo = this.api.apply(REAL_ESTATE);
		this.api.complete("clerk3", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "受理"));
		this.api.complete("handler3", caseNo, "handler", Map.of("outcome", "APPROVE", "opinion", "符合登记条件"));
		this.api.complete("head3", caseNo, "section-head",
				Map.of("outcome", "APPROVE", "opinion", "同意登簿", "fees", BOTH_FEES));
		assertThat(this.facts.ofCase(caseNo, SupervisionFactKind.FEE_ASSESSED)).singleElement()
			.satisfies((fee) -> assertThat(fee.get("amount")).isEqualTo("630.00"));
		assertThat(this.api.warnings(caseNo)).as("billed at the standard").isEmpty();
		return caseNo;
	}

	private String instance(String caseNo) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
	}

	private void exchange(String caseNo, String key, SupervisionFactKind kind, Instant at,
			Map<String, String> payload) {
		this.facts.record(AnomalyWarningTest.exchangeFact(caseNo, key, kind, at, payload));
	}

}
