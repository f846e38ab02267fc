package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.accounts.Role;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;
import cn.egov.approval.penalty.PenaltyRecords.Statement;
import cn.egov.approval.penalty.PenaltyRequests.Answer;
import cn.egov.approval.penalty.PenaltyRequests.Decision;
import cn.egov.approval.penalty.PenaltyRequests.Delivery;
import cn.egov.approval.penalty.PenaltyRequests.FinePayment;
import cn.egov.approval.penalty.PenaltyRequests.HearingRecord;
import cn.egov.approval.penalty.PenaltyRequests.Review;
import cn.egov.approval.penalty.PenaltyRequests.StatementAnswer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps people take on a penalty case after filing, each by its role in the agency,
 * each checked before its user task is completed: opening, the head's review, legal
 * review, the statement period, the hearing, the decision, delivery, payment and filing.
 */
@Service
@Transactional
public class PenaltyTasks {

	static final Set<String> REVIEW_OUTCOMES = Set.of("PENALISE", "NO_PENALTY", "NOT_ESTABLISHED", "TRANSFER");

	static final Set<String> DELIVERY_METHODS = Set.of("IN_PERSON", "POST", "ELECTRONIC", "LEFT_AT_ADDRESS",
			"PUBLIC_NOTICE");

	static final Set<String> PAYMENT_METHODS = Set.of("BANK", "E_PAYMENT", "TRANSFER");

	private final PenaltyAccess access;

	private final PenaltyMapper mapper;

	private final PenaltyTaskRunner tasks;

	private final PenaltyProperties properties;

	private final PenaltyClock clock;

	private final PenaltyTimeline timeline;

	private final FinePayments payments;

	PenaltyTasks(PenaltyAccess access, PenaltyMapper mapper, PenaltyTaskRunner tasks, PenaltyProperties properties,
			PenaltyClock clock, PenaltyTimeline timeline, FinePayments payments) {
		this.payments = payments;
		this.access = access;
		this.mapper = mapper;
		this.tasks = tasks;
		this.properties = properties;
		this.clock = clock;
		this.timeline = timeline;
	}

	public void answerOpening(String caseNo, Answer answer, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.SECTION_HEAD);
		boolean approve = approval(answer);
		this.tasks.complete(file, "ApproveOpening", user,
				Map.of("openingApproved", approve, "opinion", opinion(answer, !approve)));
	}

	public void review(String caseNo, Review review, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.LEADER);
		String outcome = (review != null) ? review.outcome() : null;
		if (!REVIEW_OUTCOMES.contains(String.valueOf(outcome))) {
			throw PenaltyRules.invalid("error.penalty.review.outcome", REVIEW_OUTCOMES);
		}
		this.mapper.setHeadOutcome(caseNo, outcome);
		this.timeline.record(caseNo, "HEAD_REVIEWED", user.getUsername(), outcome);
		this.tasks.complete(file, "HeadReview", user, Map.of("headOutcome", outcome));
	}

	/** 法制审核 before the prior notice (RETURN sends the case back to investigation). */
	public void legalReview(String caseNo, Answer answer, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.LEGAL_REVIEWER);
		boolean agree = approval(answer);
		String opinion = opinion(answer, true);
		this.mapper.setLegalReview(caseNo, opinion, user.getUsername());
		this.timeline.record(caseNo, "LEGAL_REVIEWED", user.getUsername(), (agree ? "同意：" : "退回：") + opinion);
		String key = this.tasks.isOpen(file, "HearingLegalReview") ? "HearingLegalReview" : "LegalReview";
		this.tasks.complete(file, key, user, Map.of("legalOpinion", agree ? "AGREE" : "RETURN"));
	}

	/** Closes the statement period early (waived) or asks for a hearing within it. */
	public void answerStatement(String caseNo, StatementAnswer answer, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		this.tasks.open(file, "RecordStatement");
		String outcome = (answer != null) ? answer.outcome() : null;
		String content = PenaltyRules.text((answer != null) ? answer.content() : null, "content", 4000);
		if ("REQUEST_HEARING".equals(outcome)) {
			requestHearing(file, answer);
		}
		else if (!"WAIVE".equals(outcome)) {
			throw PenaltyRules.invalid("error.penalty.statement.outcome");
		}
		else {
			this.mapper.setStatementStatus(caseNo, "WAIVED");
		}
		this.mapper.insertStatement(new Statement(UUID.randomUUID().toString(), caseNo,
				"WAIVE".equals(outcome) ? "STATEMENT" : "HEARING_REQUEST", content, this.clock.now(),
				user.getUsername()));
		this.tasks.complete(file, "RecordStatement", user, Map.of("statementOutcome", outcome));
	}

	private void requestHearing(PenaltyCase file, StatementAnswer answer) {
		LegalBasis basis = this.properties.legalBases().get(file.legalBasis());
		if (!PenaltyRules.hearingAvailable(basis, file)) {
			throw PenaltyRules.conflict("error.penalty.hearing.below-threshold",
					basis.hearingThreshold(file.party()).toPlainString());
		}
		if (answer.hearingAt() == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "hearingAt");
		}
		java.time.LocalDate earliest = this.clock.workingDaysAfter(file.regionCode(), this.clock.today(),
				this.properties.hearingNoticeWorkingDays());
		if (answer.hearingAt().toLocalDate().isBefore(earliest)) {
			throw PenaltyRules.invalid("error.penalty.hearing.too-soon", this.properties.hearingNoticeWorkingDays(),
					earliest.toString());
		}
		String host = PenaltyRules.text(answer.host(), "host", 64);
		if (this.mapper.caseOfficers(file.caseNo()).stream().anyMatch((o) -> o.username().equals(host))) {
			throw PenaltyRules.invalid("error.penalty.hearing.host-investigated");
		}
		this.mapper.insertHearing(file.caseNo(), this.clock.now());
		this.mapper.scheduleHearing(file.caseNo(), answer.hearingAt(), PenaltyRules.text(answer.place(), "place", 200),
				host);
	}

	public void holdHearing(String caseNo, HearingRecord record, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		this.tasks.open(file, "HoldHearing");
		this.mapper.holdHearing(caseNo, this.clock.now(),
				PenaltyRules.text((record != null) ? record.record() : null, "record", 4000));
		this.tasks.complete(file, "HoldHearing", user, Map.of());
	}

	public void decide(String caseNo, Decision decision, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.LEADER);
		this.tasks.open(file, "Decide");
		if (decision == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "body");
		}
		BigDecimal fine = PenaltyRules.penalty(this.properties.legalBases().get(file.legalBasis()),
				decision.penaltyKind(), decision.fine());
		PenaltyRules.decision(file, decision.penaltyKind(), fine);
		this.mapper.setDecision(caseNo, decision.penaltyKind(), fine, this.clock.now(), user.getUsername());
		this.mapper.setCaseDecided(caseNo, this.clock.now());
		this.tasks.complete(file, "Decide", user, Map.of());
	}

	public void deliver(String caseNo, Delivery delivery, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		String method = (delivery != null) ? delivery.method() : null;
		if (!DELIVERY_METHODS.contains(String.valueOf(method))) {
			throw PenaltyRules.invalid("error.penalty.delivery.method", DELIVERY_METHODS);
		}
		this.tasks.complete(file, "Deliver", user, Map.of("deliveryMethod", method));
	}

	public FinePayments.Due pay(String caseNo, FinePayment payment, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		String method = (payment != null) ? payment.method() : null;
		if (!PAYMENT_METHODS.contains(String.valueOf(method))) {
			throw PenaltyRules.invalid("error.penalty.payment.method", PAYMENT_METHODS);
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("paymentMethod", method);
		variables.put("paymentReference", PenaltyRules.text(payment.reference(), "reference", 64));
		FinePayments.Due due = this.payments.due(file, this.clock.today());
		this.tasks.complete(file, "AwaitPayment", user, variables);
		return due;
	}

	/** The officer has filed the on-the-spot decision with the agency (APL 52). */
	public void file(String caseNo, PlatformUser user) {
		PenaltyCase file = this.access.actingAs(caseNo, user, Role.PENALTY_OFFICER);
		this.tasks.complete(file, "FileDecision", user, Map.of());
	}

	private static boolean approval(Answer answer) {
		if (answer == null || answer.approve() == null) {
			throw PenaltyRules.invalid("error.penalty.field.required", "approve");
		}
		return answer.approve();
	}

	/** The opinion, required when saying no. */
	private static String opinion(Answer answer, boolean required) {
		if (required) {
			return PenaltyRules.text(answer.opinion(), "opinion", 2000);
		}
		return (answer.opinion() != null) ? answer.opinion().strip() : "";
	}

}
