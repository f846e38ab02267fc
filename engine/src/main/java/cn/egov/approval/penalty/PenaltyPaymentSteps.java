package cn.egov.approval.penalty;

import java.time.LocalDateTime;

import cn.egov.approval.enforcement.EnforcementWindow;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * The service tasks after a decision in {@code processes/penalty-*.bpmn}: delivery starts
 * the 15-day payment period; past it a demand (催告书) and a surcharge of 3 % a day follow,
 * capped at the fine (APL 72), and the window to apply to the court for enforcement
 * ({@link EnforcementWindow}); a payment is recorded through {@link FinePayments}.
 */
@Component("penaltyPaymentSteps")
public class PenaltyPaymentSteps {

	private final PenaltyMapper mapper;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final PenaltyNotices notices;

	private final PenaltyProperties properties;

	private final FinePayments payments;

	PenaltyPaymentSteps(PenaltyMapper mapper, PenaltyClock clock, PenaltyTimeline timeline, PenaltyNotices notices,
			PenaltyProperties properties, FinePayments payments) {
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
		this.properties = properties;
		this.payments = payments;
	}

	public void recordDelivery(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		LocalDateTime now = this.clock.now();
		String method = (String) execution.getVariable("deliveryMethod");
		this.mapper.setDelivery(file.caseNo(), method, now, now.toLocalDate().plusDays(this.properties.paymentDays()));
		this.mapper.setCaseDelivered(file.caseNo(), method, now);
		execution.setVariable("fineDue", file.fine().signum() > 0);
		this.mapper.setStage(file.caseNo(), (file.fine().signum() > 0) ? "PAYMENT" : "CLOSING");
		this.timeline.record(file.caseNo(), "DELIVERED", actor(execution), method);
	}

	public void issueDemand(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		this.notices.issue(file, PenaltyNoticeTexts.demand(file, this.properties.surchargeRatePerDay()),
				"penalty-clock");
		this.mapper.setDemandIssued(file.caseNo(), this.clock.now());
		// Stored for the case views; the timer and the enforcement step compute it alike.
		this.mapper.setEnforcementWindow(file.caseNo(), this.clock.enforcementWindow(find(execution)));
	}

	public void recordSurchargeCapped(DelegateExecution execution) {
		this.timeline.record(caseNo(execution), "SURCHARGE_CAPPED", "penalty-clock", "加处罚款已达罚款数额");
	}

	public void recordFinePaid(DelegateExecution execution) {
		PenaltyCase file = find(execution);
		PenaltyRecords.Payment paid = this.payments.record(file, (String) execution.getVariable("paymentMethod"),
				(String) execution.getVariable("paymentReference"), actor(execution));
		this.timeline.record(file.caseNo(), "FINE_PAID", actor(execution),
				"罚款 " + paid.principal().toPlainString() + " 元，加处罚款 " + paid.surcharge().toPlainString() + " 元");
	}

	private PenaltyCase find(DelegateExecution execution) {
		return this.mapper.find(caseNo(execution)).orElseThrow();
	}

	private static String caseNo(DelegateExecution execution) {
		return (String) execution.getVariable("caseNo");
	}

	private static String actor(DelegateExecution execution) {
		return (String) execution.getVariable("actor");
	}

}
