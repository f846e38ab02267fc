package cn.egov.approval.complaints;

import java.time.LocalDate;
import java.util.List;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.satisfaction.SupervisionTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/complaint-handling.bpmn}: every path and timer, through the services
 * the controllers call, on complaints filed on Monday 7 December 2026 at 09:00 (5 working
 * days later is Monday 14 December).
 */
@PlatformTest
@RecordApplicationEvents
class ComplaintHandlingProcessTest extends SupervisionTest {

	static final String MARKET = "SFX-SCJGJ";

	static final String HOUSING = "SFX-ZJJ";

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintActions actions;

	@Autowired
	ComplaintMapper mapper;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void shouldAcceptRouteReportFeedBackAndRecordTheRating() {
		ComplaintIntake.Filed filed = file("13900000011", MARKET);
		ProcessInstance instance = instance(filed);
		assertThat(instance).isWaitingAt("Task_DecideAcceptance");
		assertThat(filed.acceptanceDue()).isEqualTo(LocalDate.parse("2026-12-14"));
		assertThat(this.events.stream(ComplaintFiled.class)).singleElement()
			.satisfies((event) -> assertThat(event.departmentCode()).isEqualTo(MARKET));

		this.actions.accept(filed.complaintNo(), "属于效能投诉，予以受理", this.bed.user("bureau"));
		assertThat(instance).hasPassed("Service_AcceptComplaint").isWaitingAt("Task_RouteComplaint");
		this.actions.route(filed.complaintNo(), MARKET, 10, "请核实并反馈", this.bed.user("bureau"));
		assertThat(instance).hasPassed("Service_RouteComplaint").isWaitingAt("Task_HandleComplaint");
		assertThat(complaint(filed).handlingDue()).isEqualTo(LocalDate.parse("2026-12-21"));
		assertThat(candidateGroups("Task_HandleComplaint", instance)).containsExactly(MARKET + ":dept-supervisor");

		this.actions.reportResult(filed.complaintNo(), "经核实，窗口人员已作出书面检查", this.bed.user("supervisor"));
		assertThat(instance).hasPassed("Service_RecordResult", "Service_SendFeedback")
			.isWaitingAt("Receive_ComplainantRating");
		Complaint handled = complaint(filed);
		assertThat(handled.status()).isEqualTo(Complaint.HANDLED);
		assertThat(handled.closedAt()).isNotNull();
		assertThat(outbox(filed)).containsExactlyInAnyOrder("COMPLAINT_FILED", "COMPLAINT_FEEDBACK");
		assertThat(this.events.stream(ComplaintClosed.class)).singleElement().satisfies((event) -> {
			assertThat(event.outcome()).isEqualTo("HANDLED");
			assertThat(event.departmentCode()).isEqualTo(MARKET);
			assertThat(event.overdue()).isFalse();
		});

		this.actions.rate(filed.complaintNo(), filed.queryCode(), "满意", "处理及时");
		assertThat(instance).hasPassed("Service_RecordRating", "End_Rated").isEnded();
		assertThat(complaint(filed).rating()).isEqualTo("SATISFIED");
	}

	@Test
	void shouldRejectWithReasonsAndTellTheComplainant() {
		ComplaintIntake.Filed filed = file("13900000012", MARKET);
		ProcessInstance instance = instance(filed);

		this.actions.reject(filed.complaintNo(), "不属于行政效能投诉范围，请向法院起诉", this.bed.user("bureau"));

		assertThat(instance).hasPassed("Service_RejectComplaint", "End_Rejected")
			.hasNotPassed("Service_AcceptComplaint")
			.isEnded();
		Complaint rejected = complaint(filed);
		assertThat(rejected.status()).isEqualTo(Complaint.REJECTED);
		assertThat(rejected.decisionReason()).isEqualTo("不属于行政效能投诉范围，请向法院起诉");
		assertThat(outbox(filed)).containsExactlyInAnyOrder("COMPLAINT_FILED", "COMPLAINT_REJECTED");
		assertThat(this.events.stream(ComplaintClosed.class)).singleElement()
			.satisfies((event) -> assertThat(event.outcome()).isEqualTo("REJECTED"));
	}

	@Test
	void shouldNotRejectWithoutReasons() {
		ComplaintIntake.Filed filed = file("13900000013", MARKET);

		assertThatThrownBy(() -> this.actions.reject(filed.complaintNo(), " ", this.bed.user("bureau")))
			.hasMessage("error.complaint.reason");
		assertThat(instance(filed)).isWaitingAt("Task_DecideAcceptance");
	}

	@Test
	void shouldRecordTheOverdueAcceptanceAndEscalateToTheCityBureau() {
		ComplaintIntake.Filed filed = file("13900000014", MARKET);
		ProcessInstance instance = instance(filed);

		this.bed.passDueDateOf(instance.getId(), "Timer_AcceptanceLimit");

		assertThat(instance).hasPassed("Service_EscalateAcceptance", "End_AcceptanceEscalated")
			.isWaitingAt("Task_DecideAcceptance");
		Complaint overdue = complaint(filed);
		assertThat(overdue.acceptanceOverdue()).isTrue();
		assertThat(overdue.escalated()).isTrue();
		assertThat(candidateGroups("Task_DecideAcceptance", instance))
			.containsExactlyInAnyOrder("SFX-JCJ:bureau-supervisor", "SFS-JCJ:bureau-supervisor");
		assertThat(this.mapper.findEvents(filed.complaintNo())).extracting(ComplaintEvent::kind)
			.containsSubsequence("FILED", "ACCEPTANCE_OVERDUE", "ESCALATED");

		this.actions.accept(filed.complaintNo(), "予以受理", this.bed.user("bureau"));
		assertThat(instance).isWaitingAt("Task_RouteComplaint");
	}

	@Test
	void shouldGoBackToRoutingWhenTheDepartmentReturnsIt() {
		ComplaintIntake.Filed filed = file("13900000015", MARKET);
		ProcessInstance instance = instance(filed);
		this.actions.accept(filed.complaintNo(), "予以受理", this.bed.user("bureau"));
		this.actions.route(filed.complaintNo(), MARKET, null, null, this.bed.user("bureau"));

		this.actions.returnToBureau(filed.complaintNo(), "涉及工程建设，不属于本局职责", this.bed.user("supervisor"));

		assertThat(instance).hasPassed("Service_ReturnToBureau", "Gateway_RoutingJoin")
			.isWaitingAt("Task_RouteComplaint");
		assertThat(complaint(filed).status()).isEqualTo(Complaint.ACCEPTED);
		this.actions.route(filed.complaintNo(), HOUSING, 5, null, this.bed.user("bureau"));
		assertThat(candidateGroups("Task_HandleComplaint", instance)).containsExactly(HOUSING + ":dept-supervisor");
		assertThat(complaint(filed).departmentCode()).isEqualTo(HOUSING);
	}

	@Test
	void shouldRecordTheOverdueHandlingAndKeepTheTaskOpen() {
		ComplaintIntake.Filed filed = file("13900000016", MARKET);
		ProcessInstance instance = instance(filed);
		this.actions.accept(filed.complaintNo(), "予以受理", this.bed.user("bureau"));
		this.actions.route(filed.complaintNo(), MARKET, 3, null, this.bed.user("bureau"));

		this.bed.passDueDateOf(instance.getId(), "Timer_HandlingLimit");

		assertThat(instance).hasPassed("Service_RecordHandlingOverdue", "End_HandlingOverdueRecorded")
			.isWaitingAt("Task_HandleComplaint");
		assertThat(complaint(filed).handlingOverdue()).isTrue();
		this.actions.reportResult(filed.complaintNo(), "已整改", this.bed.user("supervisor"));
		assertThat(this.events.stream(ComplaintClosed.class)).singleElement()
			.satisfies((event) -> assertThat(event.overdue()).isTrue());
	}

	@Test
	void shouldEndWithoutARatingWhenTheRatingPeriodPasses() {
		ComplaintIntake.Filed filed = file("13900000017", MARKET);
		ProcessInstance instance = instance(filed);
		this.actions.accept(filed.complaintNo(), "予以受理", this.bed.user("bureau"));
		this.actions.route(filed.complaintNo(), MARKET, 5, null, this.bed.user("bureau"));
		this.actions.reportResult(filed.complaintNo(), "已整改", this.bed.user("supervisor"));

		this.bed.passDueDateOf(instance.getId(), "Timer_RatingPeriod");

		assertThat(instance).hasPassed("Service_CloseRating", "End_NotRated")
			.hasNotPassed("Service_RecordRating")
			.isEnded();
		assertThatThrownBy(() -> this.actions.rate(filed.complaintNo(), filed.queryCode(), "满意", null))
			.hasMessage("error.complaint.rating-over");
	}

	private ComplaintIntake.Filed file(String phone, String department) {
		ComplaintIntake.Filed filed = this.intake.file(new ComplaintRequest(null, "林女士", phone, null, null, department,
				null, "窗口办事拖延", "窗口工作人员多次推诿，未一次性告知所需材料"), null);
		this.bed.track(filed.complaintNo());
		return filed;
	}

	private ProcessInstance instance(ComplaintIntake.Filed filed) {
		return this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.complaintNo()).singleResult();
	}

	private Complaint complaint(ComplaintIntake.Filed filed) {
		return this.mapper.find(filed.complaintNo()).orElseThrow();
	}

	private List<String> candidateGroups(String taskKey, ProcessInstance instance) {
		String taskId = this.tasks.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		return this.tasks.getIdentityLinksForTask(taskId)
			.stream()
			.map(IdentityLink::getGroupId)
			.filter((group) -> group != null)
			.toList();
	}

	private List<String> outbox(ComplaintIntake.Filed filed) {
		return this.jdbc.queryForList("SELECT kind FROM notification_outbox WHERE params LIKE ?", String.class,
				"%" + filed.complaintNo() + "%");
	}

}
