package cn.egov.approval.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Supervision-card settings ({@code platform.supervision.cards.*}).
 *
 * @param answerWorkingDays the working days a department has to confirm and explain, or
 * to appeal, after a card opens or comes back to it [P]
 * @param listLimit the most cards one listing returns
 */
@ConfigurationProperties("platform.supervision.cards")
public record SupervisionCardProperties(Integer answerWorkingDays, Integer listLimit) {

	public SupervisionCardProperties {
		answerWorkingDays = (answerWorkingDays != null) ? answerWorkingDays : 5;
		listLimit = (listLimit != null) ? listLimit : 500;
		if (answerWorkingDays < 1 || answerWorkingDays > 60) {
			throw new IllegalArgumentException("platform.supervision.cards.answer-working-days must be 1 to 60");
		}
	}

}
