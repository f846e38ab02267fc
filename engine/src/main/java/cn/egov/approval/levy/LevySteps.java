package cn.egov.approval.levy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import cn.egov.approval.casework.CaseRecords;
import cn.egov.approval.casework.CaseworkProperties;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.fees.FeeLedger;
import cn.egov.approval.fees.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

/**
 * What {@code processes/levy-standard.bpmn}'s service tasks do
 * ({@code ${levySteps.assess(execution)}} and so on), in the engine's transaction,
 * through the shared case model.
 */
@Component("levySteps")
public class LevySteps {

	private final CaseRecords records;

	private final LevyStandards standards;

	private final LevyMapper mapper;

	private final CatalogService catalog;

	private final FeeLedger ledger;

	private final LevyProperties properties;

	private final CaseworkProperties casework;

	private final Clock clock;

	LevySteps(CaseRecords records, LevyStandards standards, LevyMapper mapper, CatalogService catalog, FeeLedger ledger,
			LevyProperties properties, CaseworkProperties casework, Clock clock) {
		this.clock = clock;
		this.records = records;
		this.standards = standards;
		this.mapper = mapper;
		this.catalog = catalog;
		this.ledger = ledger;
		this.properties = properties;
		this.casework = casework;
	}

	/** The agency recorded the case: the legal clock of the assessment starts. */
	public void start(DelegateExecution execution) {
		this.records.startClock(LevyInput.caseNo(execution), LevyInput.actor(execution));
	}

	/**
	 * 核定: the amount from the published standard; a different amount or an exemption goes
	 * to the section head with its reason.
	 */
	public void assess(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String actor = LevyInput.actor(execution);
		CaseRecords.CaseView file = this.records.lock(caseNo);
		BigDecimal quantity = Optional.ofNullable(LevyInput.decimal(execution.getVariable("quantity")))
			.orElse(BigDecimal.ZERO);
		BigDecimal unitCost = LevyInput.decimal(execution.getVariable("unitCost"));
		BigDecimal manual = LevyInput.decimal(execution.getVariable("amount"));
		boolean exempt = "true".equals(String.valueOf(execution.getVariable("exempt")));
		String reason = LevyInput.text(execution.getVariable("overrideReason"));
		Optional<LevyStandards.Standard> standard = this.standards.standard(file.itemCode(), exempt, unitCost);
		BigDecimal standardAmount = standard.map((s) -> s.amountFor(quantity)).orElse(BigDecimal.ZERO);
		BigDecimal assessed = (manual != null) ? manual : standardAmount;
		boolean override = exempt || standard.isEmpty() || assessed.compareTo(standardAmount) != 0;
		this.mapper.delete(caseNo);
		this.mapper.insert(new LevyAssessment(caseNo, quantity, (unitCost != null) ? Money.fen(unitCost) : null, exempt,
				Money.fen(standardAmount), Money.fen(assessed), standard.map(LevyStandards.Standard::rule).orElse(null),
				override ? ((reason != null) ? reason : "无适用的征收标准") : null, override ? LevyAssessment.REQUESTED : null,
				null, null, null, now(), actor));
		String detail = "计费数量 " + quantity.toPlainString() + standard.map(LevyStandards.Standard::unit).orElse("")
				+ "，标准金额 " + standardAmount.toPlainString() + " 元，核定金额 " + assessed.toPlainString() + " 元"
				+ standard.map((s) -> "（" + s.basis() + "）").orElse("（无适用标准）");
		this.records.record(caseNo, "LEVY_ASSESSED", actor, "assessment", "ASSESSED",
				LevyInput.text(execution.getVariable("opinion")), detail, false);
		if (override) {
			this.records.record(caseNo, "OVERRIDE_REQUESTED", actor, "assessment", null, reason,
					exempt ? "申请免征" : "申请按 " + assessed.toPlainString() + " 元核定", false);
		}
		execution.setVariable("standardAmount", standardAmount.toPlainString());
		execution.setVariable("assessedAmount", assessed.toPlainString());
		execution.setVariable("overrideRequested", override);
		execution.setVariable("feeDue", assessed.signum() > 0);
	}

	/** The section head's answer: approved, or back to the handler to assess again. */
	public void decideOverride(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String actor = LevyInput.actor(execution);
		this.records.lock(caseNo);
		boolean approved = "APPROVE".equals(String.valueOf(execution.getVariable("outcome")));
		this.mapper.decideOverride(caseNo, approved ? LevyAssessment.APPROVED : LevyAssessment.REFUSED, actor);
		this.records.record(caseNo, approved ? "OVERRIDE_APPROVED" : "OVERRIDE_REFUSED", actor, "override-approval",
				approved ? "APPROVE" : "REFUSE", LevyInput.text(execution.getVariable("opinion")), null, false);
		execution.setVariable("overrideApproved", approved);
	}

	/** 缴款通知书: the consolidated bill, payable within the payment period. */
	public void issuePaymentNotice(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String actor = LevyInput.actor(execution);
		CaseRecords.CaseView file = this.records.lock(caseNo);
		LevyAssessment assessment = this.mapper.find(caseNo).orElseThrow();
		BigDecimal amount = Money.yuan(assessment.assessedFen());
		LocalDate payBy = this.records.workingDaysAfter(caseNo, this.records.today(),
				this.properties.paymentWorkingDays());
		this.mapper.setPayBy(caseNo, payBy);
		this.records.bill(caseNo, amount);
		Item item = item(file);
		Fee fee = item.fees().get(0);
		CaseworkProperties.Treasury treasury = this.casework.treasury();
		this.records.issue(caseNo,
				new LevyNotices.Payment(caseNo, file.applicantName(), item.name(), fee.name(), basis(assessment, fee),
						(assessment.basisQuantity() != null) ? assessment.basisQuantity().toPlainString() : "—", amount,
						(fee.legalBasis() != null) ? fee.legalBasis() : item.elements().legalBasis(), payBy,
						treasury.payee(), treasury.bank(), treasury.accountNo(), this.properties.surchargeRatePerDay()),
				actor);
		this.records.record(caseNo, "FEE_REQUESTED", actor, "payment-notice", null, null,
				"缴款金额 " + amount.toPlainString() + " 元，缴款期限 " + payBy, false);
		execution.setVariable("feeAmount", amount.toPlainString());
	}

	/** The approved exemption: a written decision, nothing to pay. */
	public void exempt(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String actor = LevyInput.actor(execution);
		CaseRecords.CaseView file = this.records.lock(caseNo);
		LevyAssessment assessment = this.mapper.find(caseNo).orElseThrow();
		this.records.bill(caseNo, BigDecimal.ZERO);
		this.records.issue(caseNo,
				new LevyNotices.Exemption(caseNo, file.applicantName(), file.itemName(),
						(assessment.ruleId() != null) ? assessment.ruleId() : "经批准", assessment.overrideReason()),
				actor);
		this.records.record(caseNo, "EXEMPTED", actor, "exemption", null, assessment.overrideReason(), null, false);
	}

	/**
	 * The payment period passed unpaid: a written demand, and the surcharge runs from the
	 * next day (ACL 35, 45).
	 */
	public void issueDemand(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		CaseRecords.CaseView file = this.records.lock(caseNo);
		LevyAssessment assessment = this.mapper.find(caseNo).orElseThrow();
		LocalDate newPayBy = LevyEnforcement.demandPayBy(this.records, caseNo, this.records.today());
		this.mapper.setDemanded(caseNo, now());
		this.records.issue(caseNo,
				new LevyNotices.Demand(caseNo, file.applicantName(), file.itemName(),
						Money.yuan(assessment.assessedFen()), assessment.payBy(), this.properties.surchargeRatePerDay(),
						newPayBy),
				"system");
		this.records.record(caseNo, "DEMAND_ISSUED", "system", "demand", null, null,
				"逾期未缴纳，催告于 " + newPayBy + " 前缴纳，并按日加收滞纳金", false);
	}

	/** The ledger took the money: the receipt number goes on the case. */
	public void recordPaid(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		String receiptNo = String.valueOf(execution.getVariable("receiptNo"));
		this.records.lock(caseNo);
		this.records.recordPayment(caseNo, receiptNo);
		this.records.record(caseNo, "FEE_PAID", LevyInput.actor(execution), "payment", "PAID", null,
				"票据号 " + receiptNo + "，实收 " + execution.getVariable("paidAmount") + " 元", false);
	}

	/** Closed: a fee due with no valid payment in the ledger is an anomaly (体外收费). */
	public void close(DelegateExecution execution) {
		String caseNo = LevyInput.caseNo(execution);
		CaseRecords.CaseView file = this.records.lock(caseNo);
		this.ledger.checkClosed(caseNo, file.feeAmount());
		this.records.close(caseNo, LevyInput.actor(execution));
	}

	/**
	 * The timer date of the written demand: the end of the payment period's last day.
	 * @param caseNo the case
	 * @return when the demand is due
	 */
	public Date demandAt(String caseNo) {
		LocalDate payBy = this.mapper.find(caseNo).map(LevyAssessment::payBy).orElseThrow();
		return Date.from(payBy.plusDays(1).atStartOfDay(PlatformClock.ZONE).toInstant());
	}

	private Item item(CaseRecords.CaseView file) {
		return this.catalog.findVersion(file.itemCode(), file.itemVersion()).orElseThrow();
	}

	private static String basis(LevyAssessment assessment, Fee fee) {
		if (assessment.overridden()) {
			return "经批准核定（" + assessment.overrideReason() + "）";
		}
		return (fee.standard() != null) ? fee.standard() : fee.name();
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), PlatformClock.ZONE).withNano(0);
	}

}
