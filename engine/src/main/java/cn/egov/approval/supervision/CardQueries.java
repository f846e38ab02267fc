package cn.egov.approval.supervision;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;
import cn.egov.approval.web.BadRequestException;
import cn.egov.approval.web.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cards within the caller's scope: the list, one card, one of its notices. */
@Service
@Transactional(readOnly = true)
public class CardQueries {

	private final SupervisionCardMapper mapper;

	private final CardAccess access;

	private final CardHistory history;

	private final CardNotices notices;

	private final NoticeService noticeService;

	private final OrganisationDirectory organisation;

	private final TaskService tasks;

	private final SupervisionCardProperties properties;

	private final WarningMapper warnings;

	CardQueries(SupervisionCardMapper mapper, CardAccess access, CardHistory history, CardNotices notices,
			NoticeService noticeService, OrganisationDirectory organisation, TaskService tasks,
			SupervisionCardProperties properties, WarningMapper warnings) {
		this.mapper = mapper;
		this.warnings = warnings;
		this.access = access;
		this.history = history;
		this.notices = notices;
		this.noticeService = noticeService;
		this.organisation = organisation;
		this.tasks = tasks;
		this.properties = properties;
	}

	/** The caller's cards, newest first, filtered. */
	public List<CardViews.Summary> list(PlatformUser user, String department, String status, String level) {
		String statusFilter = enumFilter(status, CardStatus.class, "error.card.status-filter");
		String levelFilter = enumFilter(level, WarningLevel.class, "error.card.level-filter");
		List<String> departments = this.access.departments(user);
		String departmentFilter = blankToNull(department);
		if (departments.isEmpty() || (departmentFilter != null && !departments.contains(departmentFilter))) {
			return List.of();
		}
		return this.mapper.search(departments, departmentFilter, statusFilter, levelFilter, this.properties.listLimit())
			.stream()
			.map(this::summary)
			.toList();
	}

	/** A card with its history, open step, deadline, notices and the caller's actions. */
	public CardViews.Detail detail(long id, PlatformUser user) {
		SupervisionCard card = readable(id, user);
		Optional<Task> open = openTask(card);
		List<CardViews.Notice> notices = this.notices.of(card.id())
			.stream()
			.map((n) -> new CardViews.Notice(n.id(), n.type(), n.title(), n.serialNo(), n.sha256(),
					LocalDateTime.ofInstant(n.createdAt(), PlatformClock.ZONE),
					"/api/supervision/cards/" + card.id() + "/notices/" + n.id() + "/pdf"))
			.toList();
		return new CardViews.Detail(summary(card), card.answer(), card.explanation(), card.rectification(),
				card.appealReason(), card.rounds(),
				card.measureList().stream().map((m) -> new CardViews.Measure(m.name(), m.chineseName())).toList(),
				open.map(CardQueries::step).orElse(null), actions(user, card, open), this.history.of(card.id()),
				notices, escalatedFrom(card, user), escalatedTo(card, user));
	}

	/** One of a card's notices, for whoever may read the card. */
	public StoredNotice notice(long cardId, String noticeId, PlatformUser user) {
		SupervisionCard card = readable(cardId, user);
		if (!this.mapper.findNoticeIds(card.id()).contains(noticeId)) {
			throw new NotFoundException("error.notice.unknown");
		}
		return this.noticeService.find(noticeId).orElseThrow(() -> new NotFoundException("error.notice.unknown"));
	}

	/** A notice's PDF exactly as issued. */
	public byte[] pdf(String noticeId) {
		return this.noticeService.pdf(noticeId).orElseThrow(() -> new NotFoundException("error.notice.unknown"));
	}

	private SupervisionCard readable(long id, PlatformUser user) {
		return this.mapper.find(id)
			.filter((card) -> this.access.canRead(user, card))
			.orElseThrow(() -> new NotFoundException("error.card.unknown"));
	}

	/** The yellow card whose escalation raised this card's warning. */
	private CardViews.Related escalatedFrom(SupervisionCard card, PlatformUser user) {
		return this.warnings.find(card.warningId())
			.map(WarningEscalations::escalatedCard)
			.filter(OptionalLong::isPresent)
			.flatMap((yellow) -> this.mapper.find(yellow.getAsLong()))
			.filter((yellow) -> this.access.canRead(user, yellow))
			.map(CardViews.Related::of)
			.orElse(null);
	}

	/** The card opened for the red warning this yellow card's escalation raised. */
	private CardViews.Related escalatedTo(SupervisionCard card, PlatformUser user) {
		if (card.level() != WarningLevel.YELLOW || !card.escalated()) {
			return null;
		}
		return this.mapper
			.findByWarningKey(card.caseNo(), WarningEscalations.KIND, WarningEscalations.cardKey(card.id()))
			.filter((red) -> this.access.canRead(user, red))
			.map(CardViews.Related::of)
			.orElse(null);
	}

	private Optional<Task> openTask(SupervisionCard card) {
		if (card.processInstanceId() == null || card.status() == CardStatus.CLOSED) {
			return Optional.empty();
		}
		return this.tasks.createTaskQuery()
			.processInstanceId(card.processInstanceId())
			.active()
			.list()
			.stream()
			.findFirst();
	}

	private List<String> actions(PlatformUser user, SupervisionCard card, Optional<Task> open) {
		List<String> actions = new ArrayList<>();
		String step = open.map(Task::getTaskDefinitionKey).orElse("");
		if (CardActions.ANSWER_TASK.equals(step) && this.access.canAnswer(user, card)) {
			actions.addAll(List.of("CONFIRM", "APPEAL"));
		}
		if (CardActions.REVIEW_TASK.equals(step) && this.access.canReview(user, card)) {
			actions.add("ACCEPT");
			if ("APPEAL".equals(card.answer())) {
				actions.add("REJECT_APPEAL");
			}
			actions.add("RESUPERVISE");
		}
		return actions;
	}

	private static CardViews.Step step(Task task) {
		return new CardViews.Step(task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
				(task.getDueDate() != null)
						? task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime() : null);
	}

	private CardViews.Summary summary(SupervisionCard card) {
		return new CardViews.Summary(card.id(), card.cardNo(), card.caseNo(), unit(card.departmentCode()),
				unit(card.bureauCode()), card.level().name(), card.kind(), card.status().name(), card.deadline(),
				card.escalated(), (card.outcome() != null) ? card.outcome().name() : null, card.openedAt(),
				card.closedAt());
	}

	private CardViews.Unit unit(String code) {
		return new CardViews.Unit(code, this.organisation.department(code).map(Department::name).orElse(code));
	}

	private static <E extends Enum<E>> String enumFilter(String value, Class<E> type, String messageKey) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		if (Arrays.stream(type.getEnumConstants()).noneMatch((constant) -> constant.name().equals(text))) {
			throw new BadRequestException(messageKey, text);
		}
		return text;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
