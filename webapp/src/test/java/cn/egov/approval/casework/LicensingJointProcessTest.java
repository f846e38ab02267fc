package cn.egov.approval.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.CaseExtensions.ExtensionRequest;
import cn.egov.approval.casework.LicensingCases.LicensingCase;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.catalog.ProcessParameters.JointDepartment;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static cn.egov.approval.casework.LicensingCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/licensing-joint.bpmn}: the co-departments' parallel review with its
 * sub-limits, then the lead department's chain, and the joint extension, on cases
 * accepted on the Tuesday before the 2026 National Day holiday.
 */
@PlatformTest
class LicensingJointProcessTest {

	/**
	 * 建设工程施工许可阶段联合审批 of 县住建局: promised 20, statutory 45 working days; 县自然资源局 gives its
	 * opinion within 15.
	 */
	static final String JOINT = "SFX-ZJJ-BL-0001";

	static final String LEAD = "SFX-ZJJ";

	static final String PLANNING = "SFX-ZRZYJ";

	static final String MARKET = "SFX-SCJGJ";

	/** 15 working days after Sep 29. */
	static final String PLANNING_SUB_LIMIT = "2026-10-26";

	/**
	 * The demo has no deputy leader at 县住建局: one for these tests only, which the task
	 * services know by department and role.
	 */
	static final PlatformUser DEPUTY = LicensingCases.staff("zjj-deputy-test", LEAD, "deputy-leader");

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseExtensions extensions;

	@LocalServerPort
	int port;

	LicensingCases cases;

	@BeforeEach
	void receiveOnTheTuesdayBeforeNationalDay() {
		this.cases = LicensingCases.startingAt(this.context, this.port, "2026-09-29T09:00:00");
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldTakeTheCoDepartmentsOpinionThenRunTheLeadChainToApproval() {
		LicensingCase file = this.cases.apply(JOINT);
		accept(file);
		assertThat(file.instance()).hasPassed("AcceptApplication", "JointStarted").isWaitingAt("JointOpinion");
		assertThat(this.cases.jointOpinion(file, PLANNING).getDueDate()).isEqualTo(endOf(PLANNING_SUB_LIMIT));
		assertThat(this.cases.timer(file, "SubLimitReached")).hasDueDate(endOf(PLANNING_SUB_LIMIT));
		assertThat(this.cases.timer(file, "ReminderDue")).hasDueDate(endOf("2026-10-30"));
		assertThat(this.cases.timer(file, "PromisedLimitReached")).hasDueDate(endOf("2026-11-02"));
		assertThat(this.cases.timer(file, "StatutoryLimitReached")).hasDueDate(endOf("2026-12-07"));

		this.cases.complete(this.cases.jointOpinion(file, PLANNING), this.cases.user("handler3"),
				Map.of("outcome", "AGREE", "opinion", "符合国土空间规划"));
		assertThat(file.instance()).hasPassed("JointOpinionGiven", "DepartmentReview", "EnterChain")
			.isWaitingAt("ChainStep");
		assertThat(file.instance()).variables().containsEntry("currentRole", "section-head");
		sign(file, this.cases.user("head2"));
		assertThat(file.instance()).variables().containsEntry("currentRole", "deputy-leader");
		sign(file, DEPUTY);
		sign(file, this.cases.user("leader2"));

		assertThat(file.instance()).hasPassed("HandlingApproved", "RecordApproval").isWaitingAt("IssueCertificate");
		this.cases.complete(file, "IssueCertificate", "clerk2",
				Map.of("outcome", "ISSUED", "certificateNo", "JZ3501202600001"));
		this.cases.complete(file, "DeliverCertificate", "clerk2",
				Map.of("outcome", "DELIVERED", "deliveryMethod", "MAIL"));
		assertThat(file.instance()).hasPassed("ClosedApproved").isEnded();
		assertThat(this.cases.detail(file).participants())
			.extracting(CaseDetail.Participant::code, CaseDetail.Participant::outcome)
			.containsExactlyInAnyOrder(tuple(LEAD, null), tuple(PLANNING, "AGREE"));
	}

	@Test
	void shouldWaitForEveryCoDepartmentAndRecordEachOpinion() {
		String item = this.cases.publishVariant(JOINT, List.of(),
				new ProcessParameters(List.of("clerk", "section-head", "deputy-leader", "leader"),
						List.of(new JointDepartment(PLANNING, 15), new JointDepartment(MARKET, 10))));
		LicensingCase file = this.cases.apply(item);
		accept(file);
		assertThat(this.cases.jointOpinion(file, MARKET).getDueDate()).isEqualTo(endOf("2026-10-19"));
		assertThat(this.cases.jointOpinion(file, PLANNING).getDueDate()).isEqualTo(endOf(PLANNING_SUB_LIMIT));
		assertThat(this.cases.timers(file, "SubLimitReached")).extracting(Job::getDuedate)
			.containsExactlyInAnyOrder(endOf("2026-10-19"), endOf(PLANNING_SUB_LIMIT));

		this.cases.complete(this.cases.jointOpinion(file, MARKET), this.cases.user("handler"),
				Map.of("outcome", "DISAGREE", "opinion", "经营场所不符合食品安全要求"));
		assertThat(file.instance()).isWaitingAt("JointOpinion").hasNotPassed("EnterChain");
		this.cases.complete(this.cases.jointOpinion(file, PLANNING), this.cases.user("handler3"),
				Map.of("outcome", "AGREE", "opinion", "符合国土空间规划"));

		assertThat(file.instance()).hasPassed("DepartmentReview", "EnterChain").isWaitingAt("ChainStep");
		assertThat(this.cases.detail(file).participants())
			.extracting(CaseDetail.Participant::code, CaseDetail.Participant::outcome, CaseDetail.Participant::opinion)
			.containsExactlyInAnyOrder(tuple(LEAD, null, null), tuple(PLANNING, "AGREE", "符合国土空间规划"),
					tuple(MARKET, "DISAGREE", "经营场所不符合食品安全要求"));
	}

	@Test
	void shouldRecordAMissedSubLimitAndGoOn() {
		LicensingCase file = this.cases.apply(JOINT);
		accept(file);
		assertThat(this.cases.timer(file, "SubLimitReached")).hasDueDate(endOf(PLANNING_SUB_LIMIT));

		this.cases.passDueDateOf(file, "SubLimitReached");

		assertThat(file.instance()).hasPassed("RecordSubLimitExceeded", "SubLimitRecorded").isWaitingAt("JointOpinion");
		assertThat(this.cases.events(file, "SUB_LIMIT_EXCEEDED")).singleElement().satisfies((event) -> {
			assertThat(event.anomaly()).isTrue();
			assertThat(event.step()).isEqualTo(PLANNING);
		});
		this.cases.complete(this.cases.jointOpinion(file, PLANNING), this.cases.user("handler3"),
				Map.of("outcome", "DISAGREE", "opinion", "用地性质不符"));
		assertThat(file.instance()).hasPassed("EnterChain").isWaitingAt("ChainStep");
	}

	@Test
	void shouldExtendAJointCaseByFifteenWorkingDays() {
		LicensingCase file = this.cases.apply(JOINT);
		accept(file);

		this.extensions.request(file.caseNo(), new ExtensionRequest("协办部门需组织专家论证"), this.cases.user("handler2"));
		this.cases.complete(file, "ApproveExtension", "leader2", Map.of("outcome", "APPROVE", "opinion", "同意延期"));

		assertThat(file.instance()).hasPassed("DecideExtension").isWaitingAt("JointOpinion");
		CaseDetail extended = this.cases.detail(file);
		assertThat(extended.extension().workingDays()).isEqualTo(15);
		assertThat(extended.promisedDeadline()).isEqualTo("2026-11-23");
		assertThat(extended.statutoryDeadline()).isEqualTo("2026-12-28");
		assertThat(extended.participants()).filteredOn(CaseDetail.Participant::code, PLANNING)
			.extracting(CaseDetail.Participant::subDeadline)
			.containsExactly(LocalDate.parse("2026-11-16"));
		assertThat(this.cases.timer(file, "ReminderDue")).hasDueDate(endOf("2026-11-20"));
		assertThat(this.cases.timer(file, "PromisedLimitReached")).hasDueDate(endOf("2026-11-23"));
		assertThat(this.cases.timer(file, "StatutoryLimitReached")).hasDueDate(endOf("2026-12-28"));
		assertThat(this.cases.timer(file, "SubLimitReached")).hasDueDate(endOf("2026-11-16"));
		assertThat(this.cases.jointOpinion(file, PLANNING).getDueDate()).isEqualTo(endOf("2026-11-16"));
	}

	private void accept(LicensingCase file) {
		this.cases.complete(file, "PreCheck", "clerk2", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
	}

	private void sign(LicensingCase file, PlatformUser user) {
		this.cases.complete(this.cases.task(file, "ChainStep"), user, Map.of("outcome", "APPROVE", "opinion", "同意"));
	}

}
