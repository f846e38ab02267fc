package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import cn.egov.approval.HttpCaller;
import cn.egov.approval.ProcessInstances;
import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.penalty.DiscretionBenchmarks.LiabilityFactors;
import cn.egov.approval.penalty.PenaltyRequests.Answer;
import cn.egov.approval.penalty.PenaltyRequests.Decision;
import cn.egov.approval.penalty.PenaltyRequests.Delivery;
import cn.egov.approval.penalty.PenaltyRequests.EvidenceRecord;
import cn.egov.approval.penalty.PenaltyRequests.Filing;
import cn.egov.approval.penalty.PenaltyRequests.FinePayment;
import cn.egov.approval.penalty.PenaltyRequests.OnTheSpot;
import cn.egov.approval.penalty.PenaltyRequests.Party;
import cn.egov.approval.penalty.PenaltyRequests.Proposal;
import cn.egov.approval.penalty.PenaltyRequests.Review;
import cn.egov.approval.penalty.PenaltyRequests.StatementAnswer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives penalty cases for the process tests through the penalty services, as the
 * controllers call them, and the simulated clock through its HTTP API. Running instances
 * are deleted and the clock reset by {@link #cleanUp()}.
 */
final class PenaltyCases {

	static final String ITEM = "SFX-SCJGJ-CF-0001";

	static final Party COMPANY = new Party("示范县好味道餐饮有限公司", "ORGANISATION", "91350000MA2XXXXX0B", "13800000001");

	static final Party CITIZEN = new Party("沈市民", "PERSON", "350102199001011238", "13800000001");

	final PenaltyFiling filing;

	final PenaltyInvestigation investigation;

	final PenaltyTasks tasks;

	final PenaltyPauses pauses;

	final PenaltyExtensions extensions;

	final PenaltyEnforcement enforcement;

	final PenaltyMapper mapper;

	final EvidencePreservations preservations;

	private final AccountDirectory accounts;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService taskService;

	private final JdbcTemplate jdbc;

	private final NoticeService notices;

	private final int port;

	private final List<String> instances = new ArrayList<>();

	private PenaltyCases(ApplicationContext context, int port) {
		this.filing = context.getBean(PenaltyFiling.class);
		this.investigation = context.getBean(PenaltyInvestigation.class);
		this.tasks = context.getBean(PenaltyTasks.class);
		this.pauses = context.getBean(PenaltyPauses.class);
		this.extensions = context.getBean(PenaltyExtensions.class);
		this.enforcement = context.getBean(PenaltyEnforcement.class);
		this.mapper = context.getBean(PenaltyMapper.class);
		this.preservations = context.getBean(EvidencePreservations.class);
		this.accounts = context.getBean(AccountDirectory.class);
		this.runtime = context.getBean(RuntimeService.class);
		this.management = context.getBean(ManagementService.class);
		this.taskService = context.getBean(TaskService.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.notices = context.getBean(NoticeService.class);
		this.port = port;
	}

	static PenaltyCases startingAt(ApplicationContext context, int port, String localDateTime) {
		BpmnAwareTests.init(context.getBean(ProcessEngine.class));
		PenaltyCases cases = new PenaltyCases(context, port);
		cases.clock(localDateTime);
		return cases;
	}

	void clock(String localDateTime) {
		clockAt(localDateTime + "+08:00");
	}

	private void clockAt(String offsetDateTime) {
		HttpCaller.Response moved = HttpCaller.basic(this.port, "admin", "demo")
			.postJson("/api/admin/clock", "{\"now\": \"" + offsetDateTime + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	static Date endOf(String day) {
		return Date.from(LocalDate.parse(day).plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant());
	}

	PlatformUser user(String username) {
		return new PlatformUser(this.accounts.findUser(username).orElseThrow());
	}

	/** Files a case source as the demo officer with officer2. */
	Case file(String legalBasis, Party party) {
		String caseNo = this.filing.file(new Filing(ITEM, legalBasis, party, "当事人在其经营场所销售超过保质期的预包装食品。", "officer2"),
				user("officer"));
		return track(caseNo);
	}

	Case onTheSpot(String legalBasis, Party party, String kind, String fine) {
		String caseNo = this.filing.onTheSpot(new OnTheSpot(ITEM, legalBasis, party, "当事人未按规定查验进货票据，经当场责令改正。", kind,
				(fine != null) ? new BigDecimal(fine) : null, "officer2"), user("officer"));
		return track(caseNo);
	}

	/**
	 * Another process instance of a case (an evidence preservation), deleted by
	 * {@link #cleanUp()} too.
	 */
	Case alongside(String caseNo, String processInstanceId) {
		this.instances.add(processInstanceId);
		return new Case(caseNo,
				this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
	}

	private Case track(String caseNo) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(caseNo)
			.singleResult();
		this.instances.add(instance.getId());
		return new Case(caseNo, instance);
	}

	void open(Case file) {
		this.tasks.answerOpening(file.caseNo(), new Answer(true, "同意立案"), user("head"));
	}

	void evidence(Case file) {
		this.investigation.recordEvidence(file.caseNo(),
				new EvidenceRecord("INSPECTION", "现场检查笔录：货架上 12 盒超过保质期的牛奶", "officer2"), user("officer"));
	}

	/**
	 * Investigates with evidence and proposes a fine (or a warning when fine is null).
	 */
	void propose(Case file, String goodsValue, String fine, String reason, boolean major) {
		this.investigation.propose(file.caseNo(),
				new Proposal(general(), (goodsValue != null) ? new BigDecimal(goodsValue) : null, major, false,
						(fine != null) ? "FINE" : "WARNING", (fine != null) ? new BigDecimal(fine) : null, reason),
				user("officer"));
	}

	static LiabilityFactors general() {
		return new LiabilityFactors(false, null, false, false, "MINOR", false, false, false);
	}

	void review(Case file, String outcome) {
		this.tasks.review(file.caseNo(), new Review(outcome, "审查意见"), user("leader"));
	}

	void legalReview(Case file, boolean agree) {
		this.tasks.legalReview(file.caseNo(), new Answer(agree, agree ? "事实清楚，证据确凿，同意" : "证据不足，退回补充调查"), user("legal"));
	}

	void waive(Case file) {
		this.tasks.answerStatement(file.caseNo(),
				new StatementAnswer("WAIVE", "当事人陈述：已下架全部过期食品，放弃听证", null, null, null), user("officer"));
	}

	void decide(Case file, String fine) {
		this.tasks.decide(file.caseNo(),
				new Decision((fine != null) ? "FINE" : "WARNING", (fine != null) ? new BigDecimal(fine) : null),
				user("leader"));
	}

	void deliver(Case file) {
		this.tasks.deliver(file.caseNo(), new Delivery("IN_PERSON"), user("officer"));
	}

	/**
	 * Takes an opened case with evidence to a fine of 20,000 CNY decided and delivered
	 * now: the payment period runs.
	 */
	void fineDelivered(Case file) {
		propose(file, null, "20000", null, false);
		review(file, "PENALISE");
		waive(file);
		decide(file, "20000");
		deliver(file);
	}

	/**
	 * Leaves the delivered fine unpaid past its period (the demand is issued) and past
	 * the opening of the enforcement window: the enforcement task waits.
	 */
	void unpaidUntilEnforcement(Case file) {
		passDueDateOf(file, "PaymentOverdue");
		passDueDateOf(file, "EnforcementWindowOpens");
	}

	void pay(Case file) {
		this.tasks.pay(file.caseNo(), new FinePayment("BANK", "BANK-" + file.caseNo()), user("officer"));
	}

	PenaltyCase read(Case file) {
		return this.mapper.find(file.caseNo()).orElseThrow();
	}

	List<String> noticeTypes(Case file) {
		return this.notices.findByCase(file.caseNo()).stream().map(StoredNotice::type).toList();
	}

	Job timer(Case file, String activityId) {
		return this.management.createJobQuery()
			.processInstanceId(file.instance().getId())
			.activityId(activityId)
			.timers()
			.singleResult();
	}

	/** Tasks and jobs of the case's instance still in the runtime tables. */
	long leftBehind(Case file) {
		String pi = file.instance().getId();
		return this.taskService.createTaskQuery().processInstanceId(pi).count()
				+ this.management.createJobQuery().processInstanceId(pi).count();
	}

	/** The payloads of supervision's CASE_ENDED facts of the case. */
	List<String> endFacts(Case file) {
		return this.jdbc.queryForList("SELECT payload FROM supervision_fact WHERE case_no = ? AND kind = 'CASE_ENDED'",
				String.class, file.caseNo());
	}

	/** Moves the clock a minute past a timer's due date and waits until it fired. */
	void passDueDateOf(Case file, String activityId) {
		Job timer = timer(file, activityId);
		assertThat(timer).as("%s timer of %s", activityId, file.caseNo()).isNotNull();
		clockAt(timer.getDuedate()
			.toInstant()
			.plus(Duration.ofMinutes(1))
			.atZone(PlatformClock.ZONE)
			.toOffsetDateTime()
			.toString());
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			Job pending = timer(file, activityId);
			assertThat(pending)
				.as("%s timer of %s (%s)", activityId, file.caseNo(),
						(pending != null) ? pending.getExceptionMessage() : null)
				.isNull();
		});
	}

	void cleanUp() {
		for (String instance : this.instances) {
			ProcessInstances.deleteIfRunning(this.runtime, instance, "process test over");
		}
		HttpCaller.basic(this.port, "admin", "demo").postJson("/api/admin/clock", "{\"reset\": true}");
	}

	/**
	 * @param caseNo the case number
	 * @param instance its process instance, as started
	 */
	record Case(String caseNo, ProcessInstance instance) {
	}

}
