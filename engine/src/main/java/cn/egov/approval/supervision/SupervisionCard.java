package cn.egov.approval.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A supervision card (督办卡) as stored: one per warning that opens one.
 *
 * @param id the row id
 * @param cardNo the card number, e.g. {@code DB-2026-00012}
 * @param warningId the warning it was opened for
 * @param caseNo the case
 * @param departmentCode the department answerable
 * @param bureauCode the supervision bureau that reviews it
 * @param level the warning's level
 * @param kind the warning's kind
 * @param status where it stands
 * @param answer the department's answer in the current round: CONFIRM or APPEAL, or null
 * @param explanation the department's explanation (情况说明)
 * @param rectification what the department did about it (整改)
 * @param appealReason the reasons of an appeal (申诉理由)
 * @param deadline the day by which the department must answer
 * @param escalated whether the department ever let the limit pass
 * @param rounds how many times the card went to the department
 * @param outcome how it closed, or null
 * @param measures the accountability measures it closed with, comma-separated, or null
 * @param processInstanceId its supervision-card process instance
 * @param raisedAt when the warning was raised
 * @param openedAt when the card was opened
 * @param closedAt when it closed, or null
 */
public record SupervisionCard(Long id, String cardNo, long warningId, String caseNo, String departmentCode,
		String bureauCode, WarningLevel level, String kind, CardStatus status, String answer, String explanation,
		String rectification, String appealReason, LocalDate deadline, boolean escalated, int rounds,
		CardOutcome outcome, String measures, String processInstanceId, LocalDateTime raisedAt, LocalDateTime openedAt,
		LocalDateTime closedAt) {

	/** The accountability measures, in the order they were given. */
	public List<CardMeasure> measureList() {
		if (this.measures == null || this.measures.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.measures.split(",")).map(CardMeasure::valueOf).toList();
	}

}
