package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.egov.approval.calendar.CalendarService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What {@code processes/supervision-card.bpmn} does in its service tasks
 * ({@code ${cardSteps...}}): each writes the card, its history and its notices in the
 * engine's transaction.
 */
@Component("cardSteps")
public class CardSteps {

	private static final Set<String> ANSWER_EVENTS = Set.of(CardEventKind.CONFIRMED.name(),
			CardEventKind.APPEALED.name());

	private static final Set<String> REVIEW_EVENTS = Set.of(CardEventKind.CLOSED.name(),
			CardEventKind.APPEAL_REJECTED.name(), CardEventKind.RESUPERVISED.name());

	private final SupervisionCardMapper mapper;

	private final CardHistory history;

	private final CardNotices notices;

	private final CalendarService calendars;

	private final ApplicationEventPublisher events;

	private final Warnings warnings;

	CardSteps(SupervisionCardMapper mapper, CardHistory history, CardNotices notices, CalendarService calendars,
			ApplicationEventPublisher events, Warnings warnings) {
		this.warnings = warnings;
		this.mapper = mapper;
		this.history = history;
		this.notices = notices;
		this.calendars = calendars;
		this.events = events;
	}

	/**
	 * The card's first step: the department has {@code answerDays} working days; the
	 * 督办通知书 (and for a yellow card the 监察提示单) tells it so.
	 * @param execution the card's process instance
	 */
	public void open(DelegateExecution execution) {
		SupervisionCard card = awaitDepartment(execution);
		this.warnings.followCard(card.warningId(), WarningStatus.HANDLING);
		this.notices.opened(card, answerDays(execution), CardHistory.SYSTEM);
	}

	/**
	 * The department let its limit pass: the card goes to the bureau and the warnings
	 * feature hears of it ({@link CardEscalated}: a yellow card turns red).
	 * @param execution the card's process instance
	 */
	public void escalate(DelegateExecution execution) {
		SupervisionCard card = card(execution);
		this.mapper.awaitReview(card.id(), true);
		this.history.record(card.id(), CardEventKind.ESCALATED, CardHistory.SYSTEM, null,
				"逾期未答复（期限 " + card.deadline() + "），提交监察机关处理");
		this.events.publishEvent(new CardEscalated(card.id(), card.warningId(), card.caseNo(), card.departmentCode(),
				card.level(), this.history.now().atZone(cn.egov.approval.clock.PlatformClock.ZONE).toInstant()));
	}

	/**
	 * The department answered: the bureau reviews.
	 * @param execution the card's process instance
	 */
	public void submit(DelegateExecution execution) {
		this.mapper.awaitReview(card(execution).id(), false);
	}

	/**
	 * The bureau rejected the appeal: the department must rectify within a new limit.
	 * @param execution the card's process instance
	 */
	public void rejectAppeal(DelegateExecution execution) {
		awaitDepartment(execution);
	}

	/**
	 * The bureau re-supervises (再监察): the department must rectify again, as the 监察建议书
	 * instructs, within a new limit.
	 * @param execution the card's process instance
	 */
	public void resupervise(DelegateExecution execution) {
		SupervisionCard card = awaitDepartment(execution);
		this.notices.recommendation(card, (String) execution.getVariable(CardVariables.OPINION), List.of(), true,
				actor(execution));
	}

	/**
	 * The bureau accepted: the card closes with its outcome and measures, and a 监察建议书
	 * names the measures, if any.
	 * @param execution the card's process instance
	 */
	public void close(DelegateExecution execution) {
		SupervisionCard card = card(execution);
		List<CardMeasure> measures = measures(execution);
		CardOutcome outcome = outcomeOf(card);
		this.mapper.close(card.id(), outcome,
				measures.isEmpty() ? null : String.join(",", measures.stream().map(CardMeasure::name).toList()),
				this.history.now());
		this.warnings.followCard(card.warningId(), WarningStatus.CLOSED);
		if (!measures.isEmpty()) {
			this.notices.recommendation(card, (String) execution.getVariable(CardVariables.OPINION), measures, false,
					actor(execution));
		}
	}

	/**
	 * Refuses to complete a card's task unless the platform recorded the action first
	 * ({@link CardActions}): the card's latest history entry must be what the step
	 * records. A completion from elsewhere (Camunda Tasklist, the REST API) would move
	 * the card on without its answer or review on record.
	 * @param task the task being completed
	 */
	public void requireRecorded(DelegateTask task) {
		long id = ((Number) task.getVariable(CardVariables.CARD_ID)).longValue();
		Set<String> expected = CardActions.ANSWER_TASK.equals(task.getTaskDefinitionKey()) ? ANSWER_EVENTS
				: REVIEW_EVENTS;
		String latest = this.mapper.findLatestEventKind(id);
		if (!expected.contains(latest)) {
			throw new ProcessEngineException("Supervision card " + id + ": complete '" + task.getName()
					+ "' through the platform's card page or /api/supervision/cards, which records it");
		}
	}

	static CardOutcome outcomeOf(SupervisionCard card) {
		if (card.answer() == null) {
			return CardOutcome.CLOSED_AFTER_ESCALATION;
		}
		return "APPEAL".equals(card.answer()) ? CardOutcome.APPEAL_UPHELD : CardOutcome.RECTIFIED;
	}

	private SupervisionCard awaitDepartment(DelegateExecution execution) {
		SupervisionCard card = card(execution);
		String region = (String) execution.getVariable(CardVariables.REGION_CODE);
		LocalDate today = this.history.now().toLocalDate();
		LocalDate deadline = this.calendars.calendarFor(region).nthWorkingDayAfter(today, answerDays(execution)).date();
		this.mapper.awaitDepartment(card.id(), deadline);
		return this.mapper.find(card.id()).orElseThrow();
	}

	private SupervisionCard card(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(CardVariables.CARD_ID)).longValue();
		return this.mapper.lock(id).orElseThrow(() -> new IllegalStateException("Supervision card " + id + " is gone"));
	}

	private static int answerDays(DelegateExecution execution) {
		return ((Number) execution.getVariable(CardVariables.ANSWER_DAYS)).intValue();
	}

	private static String actor(DelegateExecution execution) {
		Object actor = execution.getVariable(CardVariables.ACTOR);
		return (actor != null) ? actor.toString() : CardHistory.SYSTEM;
	}

	private static List<CardMeasure> measures(DelegateExecution execution) {
		Object text = execution.getVariable(CardVariables.MEASURES);
		if (text == null || text.toString().isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.toString().split(",")).map(CardMeasure::valueOf).toList();
	}

}
