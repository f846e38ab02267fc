package cn.egov.approval.supervision;

import java.util.List;

import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.notices.SupervisedCard;
import cn.egov.approval.notices.SupervisionOrderNotice;
import cn.egov.approval.notices.SupervisionRecommendationNotice;
import cn.egov.approval.notices.SupervisionReminderNotice;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationDirectory;

import org.springframework.stereotype.Component;

/**
 * Issues a card's supervision notices in the name of its bureau, links each to the card
 * (and, through the notice, to the case) and records it in the card's history.
 */
@Component
class CardNotices {

	private final NoticeService notices;

	private final OrganisationDirectory organisation;

	private final SupervisionCardMapper mapper;

	private final CardHistory history;

	CardNotices(NoticeService notices, OrganisationDirectory organisation, SupervisionCardMapper mapper,
			CardHistory history) {
		this.notices = notices;
		this.organisation = organisation;
		this.mapper = mapper;
		this.history = history;
	}

	/**
	 * The notices of a card that has just opened: a 督办通知书 for every card, preceded by a
	 * 监察提示单 for a yellow one.
	 */
	void opened(SupervisionCard card, int workingDays, String actor) {
		if (card.level() == WarningLevel.YELLOW) {
			issue(card, new SupervisionReminderNotice(facts(card)), actor);
		}
		issue(card, new SupervisionOrderNotice(facts(card), workingDays), actor);
	}

	/** The 监察建议书 of a re-supervision (再监察) or of a closure with measures. */
	void recommendation(SupervisionCard card, String findings, List<CardMeasure> measures, boolean resupervision,
			String actor) {
		issue(card, new SupervisionRecommendationNotice(facts(card), findings,
				measures.stream().map(CardMeasure::chineseName).toList(), resupervision), actor);
	}

	/** The card's notices in the order they were issued. */
	List<StoredNotice> of(long cardId) {
		return this.mapper.findNoticeIds(cardId).stream().flatMap((id) -> this.notices.find(id).stream()).toList();
	}

	private void issue(SupervisionCard card, NoticeContent content, String actor) {
		StoredNotice notice = this.notices.issue(card.bureauCode(), content, actor);
		this.mapper.linkNotice(card.id(), notice.id());
		this.history.record(card.id(), CardEventKind.NOTICE_ISSUED, actor, null,
				content.title() + " " + notice.serialNo());
	}

	private SupervisedCard facts(SupervisionCard card) {
		String department = this.organisation.department(card.departmentCode())
			.map(Department::name)
			.orElse(card.departmentCode());
		return new SupervisedCard(card.caseNo(), card.cardNo(), levelName(card.level()), card.kind(), department,
				card.deadline());
	}

	static String levelName(WarningLevel level) {
		return switch (level) {
			case REMINDER -> "提示";
			case YELLOW -> "黄牌";
			case RED -> "红牌";
			case ANOMALY -> "异常预警";
		};
	}

}
