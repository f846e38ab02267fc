package cn.egov.approval.supervision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.identity.CamundaGroups;
import cn.egov.approval.web.ApiException;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a card: the department's supervisor confirms and explains (with the
 * rectification) or appeals; the bureau accepts, rejects the appeal or re-supervises.
 * Each action locks the card, checks the caller's scope and the card's step, validates
 * what was written, records it and completes the card's task.
 */
@Service
@Transactional
public class CardActions {

	static final String ANSWER_TASK = "AnswerCard";

	static final String REVIEW_TASK = "ReviewCard";

	private static final int MAX_TEXT = 2000;

	private static final Set<String> DECISIONS = Set.of("ACCEPT", "REJECT_APPEAL", "RESUPERVISE");

	private final SupervisionCardMapper mapper;

	private final CardAccess access;

	private final CardHistory history;

	private final TaskService tasks;

	CardActions(SupervisionCardMapper mapper, CardAccess access, CardHistory history, TaskService tasks) {
		this.mapper = mapper;
		this.access = access;
		this.history = history;
		this.tasks = tasks;
	}

	/** 确认并说明整改. */
	public void confirm(long cardId, CardRequests.Confirm request, PlatformUser user) {
		SupervisionCard card = answerable(cardId, user);
		String explanation = required(request.explanation(), "error.card.explanation");
		String rectification = required(request.rectification(), "error.card.rectification");
		this.mapper.recordAnswer(card.id(), "CONFIRM", explanation, rectification, null);
		this.history.record(card.id(), CardEventKind.CONFIRMED, user.getUsername(), explanation,
				"整改情况：" + rectification);
		complete(card, ANSWER_TASK, user, Map.of(CardVariables.ANSWER, "CONFIRM"));
	}

	/** 申诉. */
	public void appeal(long cardId, CardRequests.Appeal request, PlatformUser user) {
		SupervisionCard card = answerable(cardId, user);
		String reason = required(request.reason(), "error.card.appeal-reason");
		this.mapper.recordAnswer(card.id(), "APPEAL", null, null, reason);
		this.history.record(card.id(), CardEventKind.APPEALED, user.getUsername(), reason, null);
		complete(card, ANSWER_TASK, user, Map.of(CardVariables.ANSWER, "APPEAL"));
	}

	/**
	 * The bureau's review: accept (close, maybe with measures), reject the appeal,
	 * re-supervise.
	 */
	public void review(long cardId, CardRequests.Review request, PlatformUser user) {
		SupervisionCard card = visible(cardId, user);
		if (!this.access.canReview(user, card)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.card.not-reviewer");
		}
		requireStatus(card, CardStatus.AWAITING_REVIEW, "error.card.not-awaiting-review");
		String decision = request.decision();
		String opinion = required(request.opinion(), "error.card.opinion");
		List<CardMeasure> measures = measures(request.measures());
		checkReview(card, decision, measures);
		this.history.record(card.id(), eventOf(decision), user.getUsername(), opinion, measures.isEmpty() ? null
				: "责任追究：" + String.join("、", measures.stream().map(CardMeasure::chineseName).toList()));
		Map<String, Object> variables = new HashMap<>();
		variables.put(CardVariables.DECISION, decision);
		variables.put(CardVariables.OPINION, opinion);
		variables.put(CardVariables.MEASURES, String.join(",", measures.stream().map(CardMeasure::name).toList()));
		complete(card, REVIEW_TASK, user, variables);
	}

	/**
	 * Only an appeal can be rejected; measures go with an accepted closure, never with an
	 * upheld appeal (the warning was void).
	 */
	private static void checkReview(SupervisionCard card, String decision, List<CardMeasure> measures) {
		if (decision == null || !DECISIONS.contains(decision)) {
			throw new BadRequestException("error.card.decision", String.valueOf(decision));
		}
		boolean appealed = "APPEAL".equals(card.answer());
		if ("REJECT_APPEAL".equals(decision) && !appealed) {
			throw new BadRequestException("error.card.no-appeal");
		}
		if (!measures.isEmpty() && (!"ACCEPT".equals(decision) || appealed)) {
			throw new BadRequestException("error.card.measures-not-here");
		}
	}

	private SupervisionCard answerable(long cardId, PlatformUser user) {
		SupervisionCard card = visible(cardId, user);
		if (!this.access.canAnswer(user, card)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "error.card.not-department");
		}
		requireStatus(card, CardStatus.AWAITING_DEPARTMENT, "error.card.not-awaiting-department");
		return card;
	}

	private SupervisionCard visible(long cardId, PlatformUser user) {
		return this.mapper.lock(cardId)
			.filter((card) -> this.access.canRead(user, card))
			.orElseThrow(() -> new NotFoundException("error.card.unknown"));
	}

	private static void requireStatus(SupervisionCard card, CardStatus status, String messageKey) {
		if (card.status() != status) {
			throw new ApiException(HttpStatus.CONFLICT, messageKey);
		}
	}

	/**
	 * Completes the card's open task at a step as the caller, who must be one of its
	 * candidates: the scope check above and Camunda's candidate groups agree.
	 */
	private void complete(SupervisionCard card, String taskKey, PlatformUser user, Map<String, Object> variables) {
		Set<String> groups = new LinkedHashSet<>(CamundaGroups.of(user.getRoles(), user.getDepartmentCode()));
		Task task = this.tasks.createTaskQuery()
			.processInstanceId(card.processInstanceId())
			.taskDefinitionKey(taskKey)
			.active()
			.taskCandidateGroupIn(new ArrayList<>(groups))
			.singleResult();
		if (task == null) {
			throw new ApiException(HttpStatus.CONFLICT, "error.card.no-task");
		}
		this.tasks.setAssignee(task.getId(), user.getUsername());
		Map<String, Object> all = new HashMap<>(variables);
		all.put(CardVariables.ACTOR, user.getUsername());
		this.tasks.complete(task.getId(), all);
	}

	private static CardEventKind eventOf(String decision) {
		return switch (decision) {
			case "REJECT_APPEAL" -> CardEventKind.APPEAL_REJECTED;
			case "RESUPERVISE" -> CardEventKind.RESUPERVISED;
			default -> CardEventKind.CLOSED;
		};
	}

	private static List<CardMeasure> measures(List<String> names) {
		if (names == null) {
			return List.of();
		}
		List<CardMeasure> measures = new ArrayList<>();
		for (String name : names) {
			try {
				CardMeasure measure = CardMeasure.valueOf(String.valueOf(name).strip());
				if (!measures.contains(measure)) {
					measures.add(measure);
				}
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException("error.card.measure", String.valueOf(name));
			}
		}
		return measures;
	}

	private static String required(String text, String messageKey) {
		String value = (text != null) ? text.strip() : "";
		if (value.isEmpty() || value.length() > MAX_TEXT) {
			throw new BadRequestException(messageKey, MAX_TEXT);
		}
		return value;
	}

}
