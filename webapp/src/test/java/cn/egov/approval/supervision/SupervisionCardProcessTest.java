package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import cn.egov.approval.PlatformTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code processes/supervision-card.bpmn}: every path, gateway and the timer, on cards
 * opened on Monday 7 December 2026, 09:00 (answer limit 5 working days: Monday 14
 * December).
 */
@PlatformTest
class SupervisionCardProcessTest {

	static final String MARKET = "SFX-SCJGJ";

	static final String RAISER_BEAN = "supervisionCardTestRaiser";

	static final LocalDate DEADLINE = LocalDate.parse("2026-12-14");

	@Autowired
	ApplicationContext context;

	@Autowired
	CardActions actions;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	TaskService tasks;

	SupervisionCardFixtures fixtures;

	@BeforeEach
	void mondayMorning() {
		this.fixtures = new SupervisionCardFixtures(this.context);
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void shouldCloseAsRectifiedWhenTheDepartmentConfirmsAndTheBureauAccepts() {
		SupervisionCard card = open(WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		Task answer = this.fixtures.awaitStep(card, "AnswerCard");
		assertThat(answer.getDueDate())
			.isEqualTo(java.util.Date.from(cn.egov.approval.calendar.WorkingDayCalendar.endOf(DEADLINE)));
		assertThat(this.fixtures.card(card.id()).deadline()).isEqualTo(DEADLINE);
		assertThat(this.fixtures.card(card.id()).status()).isEqualTo(CardStatus.AWAITING_DEPARTMENT);

		confirm(card);
		assertThat(this.fixtures.instance(card)).hasPassed("SubmitForReview").isWaitingAt("ReviewCard");
		review(card, "ACCEPT", "整改到位，予以认可", List.of());

		assertThat(this.fixtures.instance(card)).hasPassed("CloseCard", "CardClosed")
			.hasNotPassed("EscalateCard", "Resupervise", "ReturnForRectification")
			.isEnded();
		SupervisionCard closed = this.fixtures.card(card.id());
		assertThat(closed.status()).isEqualTo(CardStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(CardOutcome.RECTIFIED);
		assertThat(closed.measureList()).isEmpty();
		assertThat(kinds(closed)).containsExactly("OPENED", "NOTICE_ISSUED", "CONFIRMED", "CLOSED");
	}

	@Test
	void shouldIssueAReminderAndAnOrderForAYellowCard() {
		SupervisionCard card = open(WarningLevel.YELLOW, "PROMISED_LIMIT_EXCEEDED");
		this.fixtures.awaitStep(card, "AnswerCard");
		assertThat(this.context.getBean(CardNotices.class).of(card.id())).extracting("type")
			.containsExactly("SUPERVISION_REMINDER", "SUPERVISION_ORDER");
	}

	@Test
	void shouldCloseWithTheAppealUpheldWhenTheBureauAcceptsTheAppeal() {
		SupervisionCard card = open(WarningLevel.ANOMALY, "SELF_RATING");
		this.fixtures.awaitStep(card, "AnswerCard");

		appeal(card);
		review(card, "ACCEPT", "经核实，评价由申请人本人作出，申诉成立", List.of());

		assertThat(this.fixtures.instance(card)).hasPassed("CloseCard").isEnded();
		assertThat(this.fixtures.card(card.id()).outcome()).isEqualTo(CardOutcome.APPEAL_UPHELD);
	}

	@Test
	void shouldSendTheCardBackToRectifyWhenTheBureauRejectsTheAppeal() {
		SupervisionCard card = open(WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		this.fixtures.awaitStep(card, "AnswerCard");
		appeal(card);

		review(card, "REJECT_APPEAL", "超期事实清楚，申诉不成立", List.of());

		assertThat(this.fixtures.instance(card)).hasPassed("ReturnForRectification").isWaitingAt("AnswerCard");
		SupervisionCard back = this.fixtures.card(card.id());
		assertThat(back.status()).isEqualTo(CardStatus.AWAITING_DEPARTMENT);
		assertThat(back.answer()).isNull();
		assertThat(back.rounds()).isEqualTo(2);
		confirm(card);
		review(card, "ACCEPT", "整改到位", List.of("WRITTEN_SELF_CRITICISM"));
		SupervisionCard closed = this.fixtures.card(card.id());
		assertThat(closed.outcome()).isEqualTo(CardOutcome.RECTIFIED);
		assertThat(closed.measureList()).containsExactly(CardMeasure.WRITTEN_SELF_CRITICISM);
		assertThat(this.context.getBean(CardNotices.class).of(card.id())).extracting("type")
			.containsExactly("SUPERVISION_ORDER", "SUPERVISION_RECOMMENDATION");
	}

	@Test
	void shouldReSuperviseWithInstructionsAndCloseWithMeasures() {
		SupervisionCard card = open(WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		this.fixtures.awaitStep(card, "AnswerCard");
		confirm(card);

		review(card, "RESUPERVISE", "整改措施不具体，请明确责任人和完成时限", List.of());

		assertThat(this.fixtures.instance(card)).hasPassed("Resupervise").isWaitingAt("AnswerCard");
		assertThat(this.context.getBean(CardNotices.class).of(card.id())).extracting("type")
			.containsExactly("SUPERVISION_ORDER", "SUPERVISION_RECOMMENDATION");
		confirm(card);
		review(card, "ACCEPT", "整改到位，对责任人予以追责", List.of("ADMONISHMENT_TALK", "CIRCULATED_CRITICISM"));

		SupervisionCard closed = this.fixtures.card(card.id());
		assertThat(closed.outcome()).isEqualTo(CardOutcome.RECTIFIED);
		assertThat(closed.measureList()).containsExactly(CardMeasure.ADMONISHMENT_TALK,
				CardMeasure.CIRCULATED_CRITICISM);
		assertThat(this.context.getBean(CardNotices.class).of(card.id())).hasSize(3);
	}

	@Test
	void shouldEscalateToTheBureauWhenTheDepartmentLetsTheLimitPass() {
		List<CardEscalated> escalations = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<CardEscalated>> listener = (event) -> escalations
			.add(event.getPayload());
		ApplicationEventMulticaster multicaster = this.context.getBean(
				AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
		multicaster.addApplicationListener(listener);
		try {
			SupervisionCard card = open(WarningLevel.YELLOW, "PROMISED_LIMIT_EXCEEDED");
			Task answer = this.fixtures.awaitStep(card, "AnswerCard");

			this.fixtures.passDueDateOf(answer);
			this.fixtures.awaitStep(card, "ReviewCard");

			assertThat(this.fixtures.instance(card)).hasPassed("AnswerOverdue", "EscalateCard")
				.hasNotPassed("SubmitForReview");
			SupervisionCard escalated = this.fixtures.card(card.id());
			assertThat(escalated.escalated()).isTrue();
			assertThat(escalated.status()).isEqualTo(CardStatus.AWAITING_REVIEW);
			assertThat(escalations).filteredOn((e) -> e.cardId() == card.id()).singleElement().satisfies((e) -> {
				assertThat(e.level()).isEqualTo(WarningLevel.YELLOW);
				assertThat(e.departmentCode()).isEqualTo(MARKET);
				assertThat(e.warningId()).isEqualTo(card.warningId());
			});
			review(card, "ACCEPT", "逾期未答复，予以通报", List.of("CIRCULATED_CRITICISM"));
			assertThat(this.fixtures.card(card.id()).outcome()).isEqualTo(CardOutcome.CLOSED_AFTER_ESCALATION);
		}
		finally {
			multicaster.removeApplicationListener(listener);
		}
	}

	@Test
	void shouldRefuseToCompleteACardTaskTheUserDidNotAnswerThroughThePlatform() {
		SupervisionCard card = open(WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		Task answer = this.fixtures.awaitStep(card, "AnswerCard");

		assertThatThrownBy(() -> this.tasks.complete(answer.getId(), Map.of("answer", "CONFIRM")))
			.hasMessageContaining("through the platform");

		assertThat(this.fixtures.instance(card)).isWaitingAt("AnswerCard");
		assertThat(this.fixtures.card(card.id()).status()).isEqualTo(CardStatus.AWAITING_DEPARTMENT);
		confirm(card);
		Task review = this.fixtures.awaitStep(card, "ReviewCard");
		assertThatThrownBy(() -> this.tasks.complete(review.getId(), Map.of("decision", "ACCEPT")))
			.hasMessageContaining("through the platform");
		assertThat(this.fixtures.instance(card)).isWaitingAt("ReviewCard");
	}

	@Test
	void shouldOpenOneCardPerWarningAndNoneForAReminder() {
		WarningRaised warning = this.fixtures.warning(MARKET, WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		this.fixtures.raise(warning);
		this.fixtures.raise(warning);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.fixtures.card(warning).cardNo())
			.count()).isEqualTo(1);

		WarningRaised reminder = this.fixtures.raise(MARKET, WarningLevel.REMINDER, "PROMISED_DEADLINE_TOMORROW");
		assertThat(this.context.getBean(SupervisionCardMapper.class).findByWarning(reminder.warningId())).isEmpty();
	}

	@Test
	void shouldOpenNoCardWhenTheWarningsTransactionRollsBack() {
		WarningRaised warning = this.fixtures.warning(MARKET, WarningLevel.RED, "STATUTORY_LIMIT_EXCEEDED");
		new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> {
				this.context.publishEvent(warning);
				status.setRollbackOnly();
			});
		assertThat(this.context.getBean(SupervisionCardMapper.class).findByWarning(warning.warningId())).isEmpty();
		assertThat(this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("supervision-card")
			.variableValueEquals("caseNo", warning.caseNo())
			.count()).isZero();
	}

	/**
	 * Warnings are raised in the middle of an engine command (a history event handler):
	 * here a service task of a small process raises one. The nested start writes the card
	 * and a job only; the card's first step runs in that job once the command commits.
	 */
	@Test
	void shouldOpenACardFromInsideAnEngineCommand() {
		WarningRaised warning = this.fixtures.warning(MARKET, WarningLevel.ANOMALY, "SECOND_CORRECTION");
		AtomicReference<SupervisionCard> duringCommand = new AtomicReference<>();
		JavaDelegate raise = (execution) -> {
			this.context.publishEvent(warning);
			duringCommand
				.set(this.context.getBean(SupervisionCardMapper.class).findByWarning(warning.warningId()).orElse(null));
		};
		// A bean for this test only, in the shared context: Camunda resolves delegate
		// expressions against the context's beans.
		DefaultListableBeanFactory beans = (DefaultListableBeanFactory) ((ConfigurableApplicationContext) this.context)
			.getBeanFactory();
		// A support process by the platform's conventions, or the deployment lint refuses
		// it.
		String model = """
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Raiser"
				    targetNamespace="http://egov.cn/approval/test">
				  <bpmn:process id="supervision-card-test-raiser" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:extensionElements><camunda:properties>
				      <camunda:property name="processKind" value="support"/>
				    </camunda:properties></bpmn:extensionElements>
				    <bpmn:startEvent id="Started"/>
				    <bpmn:serviceTask id="RaiseWarning" camunda:delegateExpression="${%s}"/>
				    <bpmn:endEvent id="Raised"/>
				    <bpmn:sequenceFlow id="Flow_ToRaise" sourceRef="Started" targetRef="RaiseWarning"/>
				    <bpmn:sequenceFlow id="Flow_Raised" sourceRef="RaiseWarning" targetRef="Raised"/>
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(RAISER_BEAN);
		String deployment = this.repository.createDeployment()
			.addString("supervision-card-test-raiser.bpmn", model)
			.deploy()
			.getId();
		try {
			beans.registerSingleton(RAISER_BEAN, raise);
			ProcessInstance raiser = this.runtime.startProcessInstanceByKey("supervision-card-test-raiser");
			assertThat(raiser).isEnded();

			assertThat(duringCommand.get()).as("card written inside the raising command").isNotNull();
			assertThat(duringCommand.get().status()).as("no card step ran inside the raising command")
				.isEqualTo(CardStatus.OPENED);
			SupervisionCard card = this.fixtures.card(warning);
			this.fixtures.track(card.processInstanceId());
			this.fixtures.awaitStep(card, "AnswerCard");
			assertThat(this.fixtures.card(card.id()).status()).isEqualTo(CardStatus.AWAITING_DEPARTMENT);
			assertThat(this.context.getBean(CardNotices.class).of(card.id())).extracting("type")
				.containsExactly("SUPERVISION_ORDER");
		}
		finally {
			beans.destroySingleton(RAISER_BEAN);
			this.repository.deleteDeployment(deployment, true);
		}
	}

	private SupervisionCard open(WarningLevel level, String kind) {
		SupervisionCard card = this.fixtures.card(this.fixtures.raise(MARKET, level, kind));
		assertThat(card.cardNo()).startsWith("DB-2026-");
		assertThat(this.fixtures.instance(card)).hasBusinessKey(card.cardNo());
		return card;
	}

	private void confirm(SupervisionCard card) {
		this.actions.confirm(card.id(), new CardRequests.Confirm("承办人请假未及时办理", "已办结并对承办人进行提醒谈话"),
				this.fixtures.user("supervisor"));
	}

	private void appeal(SupervisionCard card) {
		this.actions.appeal(card.id(), new CardRequests.Appeal("该期间处于专家评审特殊程序，不应计入办理时限"),
				this.fixtures.user("supervisor"));
	}

	private void review(SupervisionCard card, String decision, String opinion, List<String> measures) {
		this.fixtures.awaitStep(card, "ReviewCard");
		this.actions.review(card.id(), new CardRequests.Review(decision, opinion, measures),
				this.fixtures.user("bureau"));
	}

	private List<String> kinds(SupervisionCard card) {
		return this.context.getBean(CardHistory.class).of(card.id()).stream().map(CardEvent::kind).toList();
	}

}
