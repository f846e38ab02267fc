package cn.egov.approval.penalty;

import java.time.Duration;
import java.util.List;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.penalty.PenaltyCases.Case;
import cn.egov.approval.penalty.PenaltyRequests.PreservationAnswer;
import cn.egov.approval.penalty.PenaltyRequests.PreservationDecision;
import cn.egov.approval.penalty.PenaltyRequests.PreservationRequest;
import cn.egov.approval.web.ApiException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.egov.approval.penalty.PenaltyCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/penalty-evidence-preservation.bpmn}: refused by the head, decided in
 * time, and the 7-working-day limit passed (requested Monday 1 March 2027, the decision
 * is due on 10 March), which supervision warns of once per preservation.
 */
@PlatformTest
class PenaltyEvidencePreservationProcessTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TaskService taskService;

	@LocalServerPort
	int port;

	PenaltyCases cases;

	@BeforeEach
	void investigateOnAMonday() {
		this.cases = PenaltyCases.startingAt(this.context, this.port, "2027-03-01T10:00:00");
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldEndWhenTheHeadRefuses() {
		Case file = investigatedCase();
		EvidencePreservation preservation = request(file);
		Case run = this.cases.alongside(file.caseNo(), preservation.processInstanceId());
		assertThat(run.instance()).isWaitingAt("ApprovePreservation");
		assertThat(this.taskService.createTaskQuery().processInstanceId(run.instance().getId()).singleResult())
			.satisfies((task) -> assertThat(this.taskService.getIdentityLinksForTask(task.getId()))
				.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("SFX-SCJGJ:leader")));

		answer(file, preservation, false, "涉案物品已查封，无须先行登记保存");

		assertThat(run.instance()).hasPassed("RecordRefusal", "PreservationRefused")
			.hasNotPassed("PreserveEvidence")
			.isEnded();
		assertThat(read(file, preservation)).satisfies((refused) -> {
			assertThat(refused.status()).isEqualTo("REFUSED");
			assertThat(refused.approvedBy()).isEqualTo("leader");
			assertThat(refused.dueDate()).isNull();
		});
		assertThat(this.cases.noticeTypes(file)).doesNotContain("PENALTY_PRESERVATION");
		assertThat(file.instance()).isWaitingAt("Investigate");
	}

	@Test
	void shouldPreserveWithANoticeAndEndWithTheDecisionInTime() {
		Case file = investigatedCase();
		EvidencePreservation preservation = request(file);
		Case run = this.cases.alongside(file.caseNo(), preservation.processInstanceId());

		answer(file, preservation, true, null);

		assertThat(run.instance()).hasPassed("PreserveEvidence").isWaitingAt("DecideOnPreservation");
		assertThat(read(file, preservation).status()).isEqualTo("PRESERVED");
		assertThat(read(file, preservation).dueDate()).isEqualTo("2027-03-10");
		assertThat(this.cases.timer(run, "DecisionLimitReached").getDuedate()).isEqualTo(endOf("2027-03-10"));
		assertThat(this.cases.noticeTypes(file)).contains("PENALTY_PRESERVATION");

		this.cases.clock("2027-03-10T16:00:00");
		this.cases.preservations.decide(file.caseNo(), preservation.id(),
				new PreservationDecision("TESTING", "送检验机构检验"), this.cases.user("officer2"));

		assertThat(run.instance()).hasPassed("RecordDecision", "PreservationDecided")
			.hasNotPassed("RecordDecisionOverdue")
			.isEnded();
		assertThat(read(file, preservation)).satisfies((decided) -> {
			assertThat(decided.status()).isEqualTo("DECIDED");
			assertThat(decided.decisionKind()).isEqualTo("TESTING");
			assertThat(decided.decidedBy()).isEqualTo("officer2");
			assertThat(decided.overdue()).isFalse();
		});
		assertThat(warnings(file)).isEmpty();
		assertThat(timeline(file)).contains("PRESERVATION_REQUESTED", "EVIDENCE_PRESERVED", "PRESERVATION_DECIDED");
	}

	@Test
	void shouldWarnOnceWhenTheDecisionIsLate() {
		Case file = investigatedCase();
		EvidencePreservation preservation = request(file);
		Case run = this.cases.alongside(file.caseNo(), preservation.processInstanceId());
		answer(file, preservation, true, "同意");

		this.cases.passDueDateOf(run, "DecisionLimitReached");

		assertThat(run.instance()).hasPassed("RecordDecisionOverdue", "DecisionOverdueRecorded")
			.isWaitingAt("DecideOnPreservation");
		assertThat(read(file, preservation).overdue()).isTrue();
		assertThat(warnings(file)).containsExactly("PRESERVATION_LIMIT_EXCEEDED:YELLOW:2027-03-10");

		this.cases.preservations.decide(file.caseNo(), preservation.id(), new PreservationDecision("RETURN", "退还当事人"),
				this.cases.user("officer"));

		assertThat(run.instance()).hasPassed("PreservationDecided").isEnded();
		assertThat(warnings(file)).hasSize(1);
		assertThat(timeline(file)).contains("PRESERVATION_DECISION_OVERDUE");
	}

	@Test
	void shouldWarnOfEachLatePreservationOfACaseApart() {
		Case file = investigatedCase();
		EvidencePreservation first = request(file);
		EvidencePreservation second = request(file);
		Case firstRun = this.cases.alongside(file.caseNo(), first.processInstanceId());
		this.cases.alongside(file.caseNo(), second.processInstanceId());
		answer(file, first, true, null);
		answer(file, second, true, null);

		this.cases.passDueDateOf(firstRun, "DecisionLimitReached");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(warnings(file)).hasSize(2));
		assertThat(warnings(file)).containsOnly("PRESERVATION_LIMIT_EXCEEDED:YELLOW:2027-03-10");
		assertThat(this.jdbc.queryForList("SELECT deadline_key FROM supervision_warning WHERE case_no = ?",
				String.class, file.caseNo()))
			.containsExactlyInAnyOrder("EP-" + first.id().substring(0, 13), "EP-" + second.id().substring(0, 13));
	}

	@Test
	void shouldRefuseStepsOutOfOrder() {
		Case filed = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		assertThatThrownBy(() -> request(filed)).isInstanceOfSatisfying(ApiException.class, (ex) -> {
			assertThat(ex.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(ex.messageKey()).isEqualTo("error.penalty.preservation.not-investigating");
		});
		Case file = investigatedCase();
		EvidencePreservation preservation = request(file);
		this.cases.alongside(file.caseNo(), preservation.processInstanceId());

		assertThatThrownBy(() -> this.cases.preservations.decide(file.caseNo(), preservation.id(),
				new PreservationDecision("RETURN", "退还"), this.cases.user("officer")))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("error.penalty.preservation.wrong-status"));
		assertThatThrownBy(() -> answer(file, preservation, false, " ")).isInstanceOfSatisfying(ApiException.class,
				(ex) -> {
					assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.messageKey()).isEqualTo("error.penalty.field.required");
				});
	}

	private Case investigatedCase() {
		Case file = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		this.cases.open(file);
		return file;
	}

	private EvidencePreservation request(Case file) {
		return this.cases.preservations.request(file.caseNo(),
				new PreservationRequest("超过保质期的牛奶 12 盒\n进货单据 1 份", "当事人可能转移涉案食品"), this.cases.user("officer"));
	}

	private void answer(Case file, EvidencePreservation preservation, boolean approved, String opinion) {
		this.cases.preservations.answer(file.caseNo(), preservation.id(), new PreservationAnswer(approved, opinion),
				this.cases.user("leader"));
	}

	private EvidencePreservation read(Case file, EvidencePreservation preservation) {
		return this.context.getBean(PreservationMapper.class).find(file.caseNo(), preservation.id()).orElseThrow();
	}

	private List<String> warnings(Case file) {
		return this.jdbc
			.queryForList("SELECT CONCAT(kind, ':', level, ':', deadline) FROM supervision_warning WHERE case_no = ?"
					+ " AND kind LIKE 'PRESERVATION%'", String.class, file.caseNo());
	}

	private List<String> timeline(Case file) {
		return this.jdbc.queryForList("SELECT kind FROM case_event WHERE case_no = ?", String.class, file.caseNo());
	}

}
