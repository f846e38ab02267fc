package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.fees.FeeLedger;
import cn.egov.approval.fees.FeeWindows;
import cn.egov.approval.fees.PaymentMethod;
import cn.egov.approval.notices.DecisionKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * What the licensing processes' service tasks do
 * ({@code ${licensingSteps.accept(execution)}} and so on). Each step changes the case row
 * under its lock, writes the timeline, issues the notice the law asks for and tells the
 * applicant, all in the engine's transaction: if the step fails, none of it happened.
 */
@Component("licensingSteps")
public class LicensingSteps {

	/** The first fee row charged, kept past the steps that clear the form fields. */
	static final String CHARGED_FEE = "chargedFee";

	private final CaseMapper mapper;

	private final CaseClock clock;

	private final CaseTimeline timeline;

	private final CaseNotices notices;

	private final ApplicantMessages messages;

	private final CaseItems items;

	private final CaseworkProperties properties;

	private final StepDefinitions steps;

	private final FeeLedger ledger;

	private final FeeWindows windows;

	LicensingSteps(CaseMapper mapper, CaseClock clock, CaseTimeline timeline, CaseNotices notices,
			ApplicantMessages messages, CaseItems items, CaseworkProperties properties, StepDefinitions steps,
			FeeLedger ledger, FeeWindows windows) {
		this.ledger = ledger;
		this.windows = windows;
		this.mapper = mapper;
		this.clock = clock;
		this.timeline = timeline;
		this.notices = notices;
		this.messages = messages;
		this.items = items;
		this.properties = properties;
		this.steps = steps;
	}

	/**
	 * The clerk accepted (or decided an on-the-spot item): the legal clock starts today.
	 * An on-the-spot decision goes straight to the decision gateway, which reads
	 * {@code decision}; it gets no acceptance notice, because the written decision is
	 * issued at once (ALL 34) and an acceptance notice promises a limit of at least one
	 * working day.
	 */
	public void accept(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		LocalDateTime now = this.timeline.now();
		String outcome = string(execution, "outcome");
		startClock(file, now, false);
		this.timeline.record(file.caseNo(), EventKind.ACCEPTED, actor, "pre-check", outcome,
				string(execution, "opinion"), null, false);
		CaseFile accepted = reload(file);
		boolean decidedAtWindow = "APPROVE".equals(outcome) || "REFUSE".equals(outcome);
		if (decidedAtWindow) {
			execution.setVariable(ProcessVariables.DECISION, "APPROVE".equals(outcome) ? "APPROVED" : "REFUSED");
		}
		else {
			this.notices.acceptance(accepted, actor);
		}
		this.messages.send(accepted, "ACCEPTED", Map.of("deadline", String.valueOf(accepted.promisedDeadline())));
	}

	/**
	 * Nobody decided the pre-check within 5 working days: the application is deemed
	 * accepted on the day it was received (ALL 32(4)), which is an anomaly.
	 */
	public void deemAccepted(DelegateExecution execution) {
		CaseFile file = lock(execution);
		startClock(file, file.receivedAt(), true);
		this.timeline.record(file.caseNo(), EventKind.DEEMED_ACCEPTED, CaseTimeline.SYSTEM,
				"未在 5 个工作日内作出受理决定或一次性告知补正，自收到材料之日起视为受理", true);
		CaseFile accepted = reload(file);
		this.notices.acceptance(accepted, CaseTimeline.SYSTEM);
		this.messages.send(accepted, "ACCEPTED", Map.of("deadline", String.valueOf(accepted.promisedDeadline())));
		execution.setVariable(ProcessVariables.OUTCOME, "ACCEPT");
	}

	/**
	 * One notice listing every missing or defective material; a second one is an anomaly.
	 */
	public void requestCorrection(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		int earlier = this.timeline.count(file.caseNo(), EventKind.CORRECTION_REQUESTED);
		LocalDate deadline = this.clock.workingDaysAfter(file, this.clock.today(),
				this.properties.correctionWorkingDays());
		this.mapper.requestCorrection(file.caseNo(), deadline);
		List<String> missing = lines(string(execution, "missingMaterials"));
		this.timeline.record(file.caseNo(), EventKind.CORRECTION_REQUESTED, actor, "pre-check", "REQUEST_CORRECTION",
				string(execution, "opinion"), String.join("；", missing), earlier > 0);
		this.notices.correction(file, missing, string(execution, "correctionNote"), deadline, actor);
		this.messages.send(file, "CORRECTION_REQUESTED", Map.of("deadline", deadline.toString()));
	}

	/** The applicant did not supplement in time: the application lapses. */
	public void closeUnsupplemented(DelegateExecution execution) {
		CaseFile file = lock(execution);
		this.mapper.close(file.caseNo(), CaseStatus.CLOSED.name(), this.timeline.now());
		this.timeline.record(file.caseNo(), EventKind.CORRECTION_EXPIRED, CaseTimeline.SYSTEM, "补正期限届满未补正，申请终止", false);
		this.timeline.record(file.caseNo(), EventKind.CLOSED, CaseTimeline.SYSTEM);
		this.messages.send(file, "CORRECTION_EXPIRED", (file.correctionDeadline() != null)
				? Map.of("deadline", file.correctionDeadline().toString()) : Map.of());
	}

	/** Not accepted: a written decision with the reasons and remedies. */
	public void reject(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		String reason = string(execution, "reason");
		this.mapper.close(file.caseNo(), CaseStatus.NOT_ACCEPTED.name(), this.timeline.now());
		this.timeline.record(file.caseNo(), EventKind.NOT_ACCEPTED, actor, "pre-check", "REJECT",
				string(execution, "opinion"), reason, false);
		this.notices.nonAcceptance(file, reason, string(execution, "competentAgency"), actor);
		this.messages.send(file, "NOT_ACCEPTED");
	}

	/** Enters the approval chain at its first step. */
	public void enterChain(DelegateExecution execution) {
		moveTo(execution, 0);
	}

	/**
	 * After a chain step: back to the step a RETURN names, on to the next step, or out
	 * with the last step's decision.
	 */
	public void advanceChain(DelegateExecution execution) {
		List<String> chain = chain(execution);
		int index = (Integer) execution.getVariable(ProcessVariables.STEP_INDEX);
		String outcome = string(execution, "outcome");
		if ("RETURN".equals(outcome)) {
			moveTo(execution, chain.indexOf(string(execution, "returnTo")));
			execution.setVariable(ProcessVariables.CHAIN_RESULT, "NEXT");
		}
		else if (index + 1 < chain.size()) {
			moveTo(execution, index + 1);
			execution.setVariable(ProcessVariables.CHAIN_RESULT, "NEXT");
		}
		else {
			String decision = "APPROVE".equals(outcome) ? "APPROVED" : "REFUSED";
			execution.setVariable(ProcessVariables.DECISION, decision);
			execution.setVariable(ProcessVariables.CHAIN_RESULT, decision);
		}
	}

	/** The leader's answer to an extension request. */
	public void decideExtension(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		if ("APPROVE".equals(string(execution, "outcome"))) {
			extend(file, actor);
		}
		else {
			this.mapper.setExtension(file.caseNo(), file.extensionDays(), file.extensionReason(), "REFUSED", actor,
					this.timeline.now());
			this.timeline.record(file.caseNo(), EventKind.EXTENSION_REFUSED, actor, "extension-approval", "REFUSE",
					string(execution, "opinion"), null, false);
		}
	}

	/**
	 * Grants the requested extension: both deadlines and the timers move, and the
	 * applicant gets a written notice.
	 */
	void extend(CaseFile file, String approver) {
		this.mapper.setExtension(file.caseNo(), file.extensionDays(), file.extensionReason(), "APPROVED", approver,
				this.timeline.now());
		CaseClock.Deadlines deadlines = this.clock.store(reload(file));
		this.timeline.record(file.caseNo(), EventKind.EXTENSION_APPROVED, approver,
				"+" + file.extensionDays() + " 个工作日，承诺期限 " + deadlines.promised() + "，法定期限 " + deadlines.statutory(),
				false);
		CaseFile moved = reload(file);
		this.notices.extension(moved, approver, file.statutoryDeadline(), deadlines.statutory(), approver);
		this.messages.send(moved, "EXTENDED", Map.of("deadline", deadlines.statutory().toString()));
		this.clock.rearm(moved);
	}

	/** A legal-clock timer fired: recorded on the timeline for e-supervision. */
	public void recordClockEvent(DelegateExecution execution, String kind) {
		CaseFile file = lock(execution);
		EventKind event = EventKind.valueOf(kind);
		String department = string(execution, ProcessVariables.PARTICIPANT);
		String detail = switch (event) {
			case REMINDER -> "距承诺期限 " + file.promisedDeadline() + " 还剩 1 个工作日";
			case PROMISED_LIMIT_EXCEEDED -> "已超过承诺期限 " + file.promisedDeadline();
			case STATUTORY_LIMIT_EXCEEDED -> "已超过法定期限 " + file.statutoryDeadline();
			case SUB_LIMIT_EXCEEDED -> "协办部门 " + department + " 已超过分时限";
			case CERTIFICATE_LIMIT_EXCEEDED -> "作出准予决定后 " + this.properties.certificateWorkingDays() + " 个工作日内未颁发证件";
			default -> null;
		};
		this.timeline.record(file.caseNo(), event, CaseTimeline.SYSTEM, department, null, null, detail,
				event != EventKind.REMINDER);
	}

	/** The last step approved. */
	public void approve(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		this.mapper.decide(file.caseNo(), "APPROVED", this.timeline.now(), CaseStatus.DECIDED.name());
		this.timeline.record(file.caseNo(), EventKind.APPROVED, actor, null, "APPROVE", string(execution, "opinion"),
				null, false);
		Item item = this.items.of(file);
		execution.setVariable(ProcessVariables.FEE_DUE, !CaseNotices.payableFees(item).isEmpty());
		DecisionKind kind = DecisionKind.ofItemKind(item.kind());
		this.messages.send(file, "APPROVED", Map.of("grant", kind.grant(), "decisionTitle", kind.approvalTitle()));
	}

	/**
	 * Bills the fee rows the deciding step chose (the item's only row when it has one) at
	 * their published standard.
	 */
	public void requestPayment(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		Item item = this.items.of(file);
		List<Fee> charged = CaseNotices.chargedFees(item, lines(string(execution, FeeStepChecks.FEES)));
		if (charged.isEmpty()) {
			// The task API asks the deciding step for the choice
			// (FeeStepChecks.feeChoice).
			throw new IllegalStateException("No fee row of " + item.code() + " chosen for " + file.caseNo());
		}
		BigDecimal total = CaseNotices.total(charged);
		this.mapper.requestFee(file.caseNo(), total);
		execution.setVariable(ProcessVariables.FEE_AMOUNT, total.toPlainString());
		execution.setVariable(CHARGED_FEE, charged.get(0).name());
		LocalDate payBy = this.clock.workingDaysAfter(file, this.clock.today(), this.properties.paymentWorkingDays());
		this.timeline.record(file.caseNo(), EventKind.FEE_REQUESTED, actor, "缴费金额 " + total + " 元", false);
		this.notices.payment(file, charged, payBy, actor);
	}

	/**
	 * The fee is paid: into the platform's one ledger, with the fiscal receipt number
	 * taken from the window's receipt book. When a cashier already took it at the central
	 * window ({@code ledgerPaymentId} set), only the receipt is noted on the case.
	 */
	public void recordFeePaid(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		String receiptNo = string(execution, "receiptNo");
		if (execution.getVariable(LicensingPayments.LEDGER_PAYMENT) == null) {
			Item item = this.items.of(file);
			String method = string(execution, "paymentMethod");
			String reference = string(execution, "paymentReference");
			receiptNo = this.ledger
				.collect(new FeeLedger.Collection(file.caseNo(), file.departmentCode(), file.itemCode(),
						file.applicantName(), feeName(execution, item), file.feeAmount(), file.feeAmount(), false,
						PaymentMethod.valueOf((method != null) ? method : "CASH"), reference, null,
						this.windows.windowOf(actor, file.departmentCode()).code(), actor))
				.receiptNo();
			execution.setVariable("receiptNo", receiptNo);
		}
		this.mapper.recordPayment(file.caseNo(), receiptNo, this.timeline.now());
		this.timeline.record(file.caseNo(), EventKind.FEE_PAID, actor, "payment", "PAID", string(execution, "opinion"),
				"票据号 " + receiptNo, false);
	}

	/**
	 * The certificate is made: the approval decision is issued with its number and
	 * validity.
	 */
	public void issueCertificate(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		String certificateNo = string(execution, "certificateNo");
		String validUntilText = string(execution, "validUntil");
		LocalDate validFrom = this.clock.today();
		LocalDate validUntil = (validUntilText != null && !validUntilText.isBlank()) ? LocalDate.parse(validUntilText)
				: null;
		this.mapper.issueCertificate(file.caseNo(), certificateNo, validFrom, validUntil, this.timeline.now());
		this.timeline.record(file.caseNo(), EventKind.CERTIFICATE_ISSUED, actor, "certificate", "ISSUED", null,
				"证书编号 " + certificateNo, false);
		this.notices.approval(file, string(execution, "approvedContent"), string(execution, "scope"), validFrom,
				validUntil, certificateNo, actor);
		this.messages.send(file, "READY_FOR_PICKUP");
	}

	/** Delivered: the case is closed. */
	public void close(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		LocalDateTime now = this.timeline.now();
		this.mapper.deliver(file.caseNo(), string(execution, "deliveryMethod"), now);
		this.mapper.close(file.caseNo(), CaseStatus.CLOSED.name(), now);
		this.timeline.record(file.caseNo(), EventKind.DELIVERED, actor, "delivery", "DELIVERED",
				string(execution, "opinion"), string(execution, "deliveryMethod"), false);
		this.timeline.record(file.caseNo(), EventKind.CLOSED, actor);
		this.ledger.checkClosed(file.caseNo(), file.feeAmount());
	}

	/** Refused: a written decision with reasons and both remedies; the case closes. */
	public void refuse(DelegateExecution execution) {
		String actor = actor(execution);
		CaseFile file = lock(execution);
		LocalDateTime now = this.timeline.now();
		String reasons = string(execution, "opinion");
		this.mapper.decide(file.caseNo(), "REFUSED", now, CaseStatus.DECIDED.name());
		this.mapper.close(file.caseNo(), CaseStatus.CLOSED.name(), now);
		this.timeline.record(file.caseNo(), EventKind.REFUSED, actor, null, "REFUSE", reasons, null, false);
		this.notices.refusal(reload(file), RefusalReasons.of(this.timeline.of(file.caseNo()), reasons), actor);
		this.timeline.record(file.caseNo(), EventKind.CLOSED, actor);
		DecisionKind kind = DecisionKind.ofItemKind(this.items.of(file).kind());
		this.messages.send(file, "REFUSED", Map.of("refuse", kind.refuse(), "decisionTitle", kind.refusalTitle()));
	}

	/** The fee row the ledger names: the first one charged. */
	private static String feeName(DelegateExecution execution, Item item) {
		Object charged = execution.getVariable(CHARGED_FEE);
		return (charged != null) ? charged.toString() : CaseNotices.payableFees(item).get(0).name();
	}

	private void startClock(CaseFile file, LocalDateTime acceptedAt, boolean deemed) {
		this.mapper.accept(file.caseNo(), acceptedAt, deemed, null, null, CaseStatus.IN_PROGRESS.name());
		this.clock.store(reload(file));
	}

	private void moveTo(DelegateExecution execution, int index) {
		List<String> chain = chain(execution);
		String role = chain.get(index);
		execution.setVariable(ProcessVariables.STEP_INDEX, index);
		execution.setVariable(ProcessVariables.CURRENT_ROLE, role);
		execution.setVariable(ProcessVariables.CURRENT_STEP_NAME, this.steps.chineseName(role));
	}

	static List<String> chain(DelegateExecution execution) {
		return Arrays.asList(((String) execution.getVariable(ProcessVariables.CHAIN)).split(","));
	}

	private CaseFile lock(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(ProcessVariables.CASE_NO);
		return this.mapper.lock(caseNo).orElseThrow(() -> new IllegalStateException("No case " + caseNo));
	}

	private CaseFile reload(CaseFile file) {
		return this.mapper.find(file.caseNo()).orElseThrow();
	}

	private static String actor(DelegateExecution execution) {
		String actor = (String) execution.getVariable(ProcessVariables.ACTOR);
		return (actor != null) ? actor : CaseTimeline.SYSTEM;
	}

	private static String string(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return (value != null) ? value.toString() : null;
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\n")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
