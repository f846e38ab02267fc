package cn.egov.approval.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, acceptance 2 for warnings: anomalies provoked through the HTTP API, the engine
 * (as engine-rest or Cockpit would) and the exchange feed each raise their warning once;
 * a clean journey raises none; a rolled-back engine transaction leaves no fact.
 */
@PlatformTest
class AnomalyWarningTest extends WarningHttpTest {

	@Autowired
	SupervisionFacts facts;

	@Autowired
	Anomalies anomalies;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldRaiseASecondCorrectionNoticeOnceAndNothingElse() {
		String caseNo = this.api.apply(WarningJourneyTest.FOOD);
		for (int round = 0; round < 3; round++) {
			this.api.complete("clerk", caseNo, "pre-check", Map.of("outcome", "REQUEST_CORRECTION", "opinion", "缺材料",
					"missingMaterials", List.of("营业执照或者其他主体资格证明文件"), "correctionNote", "请补正"));
			this.api.as("applicant")
				.upload("/api/cases/" + caseNo + "/materials", "营业执照.pdf",
						"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(), Map.of("materialIndex", "1"));
			assertThat(this.api.as("applicant")
				.postJson("/api/cases/" + caseNo + "/supplement", "{\"note\": \"已补正\"}")
				.status()).isEqualTo(200);
		}
		assertThat(this.api.warnings(caseNo)).containsExactly("ANOMALY:SECOND_CORRECTION");
	}

	@Test
	void shouldRaiseRefusalWithoutReasonsWhenTheEngineIsDrivenPastTheForm() {
		String caseNo = this.api.apply(WarningJourneyTest.FOOD);
		this.api.complete("clerk", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "予以受理"));
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseNo)
			.singleResult()
			.getId();
		// As an engine-rest call would: the decision without the chain and without
		// reasons.
		this.runtime.createProcessInstanceModification(instance)
			.cancelAllForActivity("Handling")
			.startBeforeActivity("RecordRefusal")
			.setVariable("decision", "REFUSED")
			.setVariable("opinion", "")
			.execute();
		assertThat(this.api.warnings(caseNo)).contains("ANOMALY:REFUSAL_WITHOUT_REASONS", "ANOMALY:STEP_SKIPPED");
	}

	@Test
	void shouldRaiseTheExchangeFeedsAnomaliesOnceEach() {
		String caseNo = "EX-" + UUID.randomUUID().toString().substring(0, 8);
		Instant recorded = Instant.parse("2026-12-03T02:00:00Z");
		exchange(caseNo, "start", SupervisionFactKind.CASE_STARTED, recorded, Map.of());
		exchange(caseNo, "decided", SupervisionFactKind.DECIDED, recorded.minusSeconds(86_400),
				Map.of("decision", "APPROVED"));
		exchange(caseNo, "extended", SupervisionFactKind.EXTENSION_GRANTED, recorded, Map.of());
		exchange(caseNo, "paused", SupervisionFactKind.PAUSE_STARTED, recorded, Map.of("procedure", "INSPECTION"));
		exchange(caseNo, "ended", SupervisionFactKind.CASE_ENDED, recorded,
				Map.of("end", "APPROVED", "notices", "ACCEPTANCE"));
		// The same batch sent again changes nothing.
		assertThat(exchange(caseNo, "ended", SupervisionFactKind.CASE_ENDED, recorded, Map.of("end", "APPROVED")))
			.isFalse();
		this.anomalies.report(caseNo, AnomalyKind.SELF_RATING, "承办部门工作人员代为评价");
		this.anomalies.report(caseNo, AnomalyKind.SELF_RATING, "再次代为评价");

		List<String> raised = this.api.listed(caseNo, "SFX-MZJ");
		assertThat(raised).containsExactlyInAnyOrder("ANOMALY:DECIDED_BEFORE_RECORDED",
				"ANOMALY:EXTENSION_WITHOUT_APPROVAL", "ANOMALY:EXTENSION_WITHOUT_NOTICE",
				"ANOMALY:PAUSE_WITHOUT_NOTICE", "ANOMALY:CLOSED_WITHOUT_NOTICES", "ANOMALY:SELF_RATING");
	}

	@Test
	void shouldLeaveNoFactNorWarningBehindARolledBackEngineTransaction() {
		String caseNo = this.api.apply(WarningJourneyTest.BUILDING);
		this.api.complete("clerk2", caseNo, "pre-check", Map.of("outcome", "ACCEPT", "opinion", "予以受理"));
		Integer before = countFacts(caseNo);
		this.transactions.executeWithoutResult((status) -> {
			String instance = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(caseNo)
				.singleResult()
				.getId();
			this.management.createJobQuery()
				.processInstanceId(instance)
				.timers()
				.list()
				.forEach((job) -> this.management.executeJob(job.getId()));
			assertThat(countFacts(caseNo)).isGreaterThan(before);
			status.setRollbackOnly();
		});
		assertThat(countFacts(caseNo)).isEqualTo(before);
		assertThat(this.api.warnings(caseNo)).isEmpty();
	}

	private boolean exchange(String caseNo, String key, SupervisionFactKind kind, Instant at,
			Map<String, String> payload) {
		return this.facts.record(exchangeFact(caseNo, key, kind, at, payload));
	}

	/** A fact about a 民政局 case, as the data exchange reports it. */
	static SupervisionFact exchangeFact(String caseNo, String key, SupervisionFactKind kind, Instant at,
			Map<String, String> payload) {
		return new SupervisionFact(SupervisionFactSource.EXCHANGE, caseNo + ":" + key, caseNo, "SFX-MZJ",
				"SFX-MZJ-XK-0001", kind, at, "exchange", null, payload);
	}

	private Integer countFacts(String caseNo) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM supervision_fact WHERE case_no = ?", Integer.class,
				caseNo);
	}

}
