package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** What the card endpoints answer. */
final class CardViews {

	private CardViews() {
	}

	/**
	 * A department or bureau, by code and name.
	 */
	record Unit(String code, String name) {
	}

	/** One row of the card list. */
	record Summary(long id, String cardNo, String caseNo, Unit department, Unit bureau, String level, String kind,
			String status, LocalDate deadline, boolean escalated, String outcome, LocalDateTime openedAt,
			LocalDateTime closedAt) {
	}

	/**
	 * A card with everything its page shows.
	 *
	 * @param card the summary
	 * @param answer the department's answer in the current round, or null
	 * @param explanation the explanation
	 * @param rectification the rectification
	 * @param appealReason the appeal's reasons
	 * @param rounds how many times the card went to the department
	 * @param measures the accountability measures it closed with
	 * @param currentStep the open step, or null once closed
	 * @param actions what the caller may do now: CONFIRM, APPEAL, ACCEPT, REJECT_APPEAL,
	 * RESUPERVISE
	 * @param history the card's history, oldest first
	 * @param notices the supervision notices issued for it
	 * @param escalatedFrom the yellow card whose escalation raised this (red) card, or
	 * null
	 * @param escalatedTo the red card this yellow card's escalation raised, or null
	 */
	record Detail(Summary card, String answer, String explanation, String rectification, String appealReason,
			int rounds, List<Measure> measures, Step currentStep, List<String> actions, List<CardEvent> history,
			List<Notice> notices, Related escalatedFrom, Related escalatedTo) {
	}

	/** Another card of the case, as a link: shown only to whoever may read it. */
	record Related(long id, String cardNo, String level, String status) {

		static Related of(SupervisionCard card) {
			return new Related(card.id(), card.cardNo(), card.level().name(), card.status().name());
		}

	}

	/** An accountability measure: its code and its Chinese name. */
	record Measure(String code, String name) {
	}

	/**
	 * The card's open step.
	 *
	 * @param key AnswerCard or ReviewCard
	 * @param name the step's name
	 * @param assignee who holds it, or null
	 * @param due when its limit passes, or null
	 */
	record Step(String key, String name, String assignee, OffsetDateTime due) {
	}

	/** A supervision notice, downloadable at {@code download}. */
	record Notice(String id, String type, String title, String serialNo, String sha256, LocalDateTime createdAt,
			String download) {
	}

}
