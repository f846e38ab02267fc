package cn.egov.approval.casework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.casework.CaseExtensions.ExtensionRequest;
import cn.egov.approval.casework.CasePauses.PauseRequest;
import cn.egov.approval.casework.LicensingCases.LicensingCase;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.ProcessParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.egov.approval.casework.LicensingCases.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * {@code processes/licensing-standard.bpmn}: every path, gateway and timer, on cases
 * received on the Tuesday before the 2026 National Day holiday, so that every deadline is
 * counted across it (working days after Sep 29: Sep 30, Oct 8, 9, 10 (make-up Saturday),
 * 12, 13 ...).
 */
@PlatformTest
class LicensingStandardProcessTest {

	/**
	 * 食品经营许可: promised 10, statutory 20 working days; handler → section head → deputy.
	 */
	static final String FOOD = "SFX-SCJGJ-XK-0001";

	/** 个体工商户设立登记: on the spot (即办件), for persons. */
	static final String ON_THE_SPOT = "SFX-SCJGJ-DJ-0002";

	static final String RECEIVED = "2026-09-29T09:00:00";

	/** 10 working days after Sep 29. */
	static final String PROMISED = "2026-10-19";

	/** 20 working days after Sep 29. */
	static final String STATUTORY = "2026-11-02";

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseMaterials materials;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	CasePauses pauses;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	LicensingCases cases;

	@BeforeEach
	void receiveOnTheTuesdayBeforeNationalDay() {
		this.cases = LicensingCases.startingAt(this.context, this.port, RECEIVED);
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldAcceptAtThePreCheckAndArmTheLegalClocks() {
		LicensingCase file = this.cases.apply(FOOD);
		assertThat(file.instance()).isWaitingAt("PreCheck");
		assertThat(this.cases.task(file, "PreCheck").getDueDate()).isEqualTo(endOf("2026-10-12"));
		assertThat(this.cases.timer(file, "PreCheckDeadlinePassed")).hasDueDate(endOf("2026-10-12"));

		accept(file);

		assertThat(file.instance()).hasPassed("PreCheckDecided", "AcceptApplication", "DecidedAtWindow", "EnterChain")
			.hasNotPassed("DeemAccepted")
			.isWaitingAt("ChainStep");
		assertThat(file.instance()).variables().containsEntry("currentRole", "handler");
		CaseDetail accepted = this.cases.detail(file);
		assertThat(accepted.status()).isEqualTo("IN_PROGRESS");
		assertThat(accepted.promisedDeadline()).isEqualTo(PROMISED);
		assertThat(accepted.statutoryDeadline()).isEqualTo(STATUTORY);
		assertThat(this.cases.task(file, "ChainStep").getDueDate()).isEqualTo(endOf(PROMISED));
		assertLegalClocks(file, "2026-10-16", PROMISED, STATUTORY);
	}

	@Test
	void shouldReturnToThePreCheckAfterASupplementAndFlagASecondCorrection() {
		LicensingCase file = this.cases.apply(FOOD);

		requestCorrection(file);
		assertThat(file.instance()).hasPassed("RequestCorrection").isWaitingAt("AwaitSupplement");
		assertThat(this.cases.timer(file, "CorrectionPeriodOver")).hasDueDate(endOf("2026-10-26"));
		uploadCorrection(file);
		this.materials.supplement(file.caseNo(), "已补正", this.cases.user("applicant"));
		assertThat(file.instance()).isWaitingAt("PreCheck");
		requestCorrection(file);
		uploadCorrection(file);
		this.materials.supplement(file.caseNo(), "再次补正", this.cases.user("applicant"));
		accept(file);

		assertThat(file.instance()).hasPassed("AwaitSupplement", "PreCheckJoin", "AcceptApplication")
			.isWaitingAt("ChainStep");
		assertThat(this.cases.events(file, "CORRECTION_REQUESTED")).extracting(CaseDetail.TimelineEntry::anomaly)
			.containsExactly(false, true);
		assertThat(this.cases.events(file, "SUPPLEMENTED")).hasSize(2);
	}

	@Test
	void shouldEndTheApplicationWhenTheCorrectionPeriodPasses() {
		LicensingCase file = this.cases.apply(FOOD);
		requestCorrection(file);
		assertThat(this.cases.timer(file, "CorrectionPeriodOver")).hasDueDate(endOf("2026-10-26"));

		this.cases.passDueDateOf(file, "CorrectionPeriodOver");

		assertThat(file.instance()).hasPassed("CorrectionPeriodOver", "CloseUnsupplemented", "Withdrawn").isEnded();
		assertThat(this.cases.detail(file).status()).isEqualTo("CLOSED");
		assertThat(this.cases.events(file, "CORRECTION_EXPIRED")).hasSize(1);
		assertThat(this.jdbc.queryForList("SELECT kind FROM notification_outbox WHERE case_no = ?", String.class,
				file.caseNo()))
			.contains("CORRECTION_EXPIRED");
	}

	@Test
	void shouldNotAcceptARejectedApplication() {
		LicensingCase file = this.cases.apply(FOOD);

		this.cases.complete(file, "PreCheck", "clerk",
				Map.of("outcome", "REJECT", "opinion", "不属于本机关职权范围", "reason", "不属于本机关职权范围"));

		assertThat(file.instance()).hasPassed("RejectApplication", "NotAccepted")
			.hasNotPassed("AcceptApplication")
			.isEnded();
		assertThat(this.cases.detail(file).status()).isEqualTo("NOT_ACCEPTED");
	}

	@Test
	void shouldDeemAnUndecidedApplicationAcceptedOnTheDayItWasReceived() {
		LicensingCase file = this.cases.apply(FOOD);
		assertThat(this.cases.timer(file, "PreCheckDeadlinePassed")).hasDueDate(endOf("2026-10-12"));

		this.cases.passDueDateOf(file, "PreCheckDeadlinePassed");

		assertThat(file.instance()).hasPassed("PreCheckDeadlinePassed", "DeemAccepted", "HandlingJoin", "EnterChain")
			.hasNotPassed("PreCheckDecided")
			.isWaitingAt("ChainStep");
		CaseDetail deemed = this.cases.detail(file);
		assertThat(deemed.deemedAccepted()).isTrue();
		assertThat(deemed.acceptedAt().toLocalDate()).isEqualTo("2026-09-29");
		assertThat(deemed.promisedDeadline()).isEqualTo(PROMISED);
		assertThat(this.cases.events(file, "DEEMED_ACCEPTED")).singleElement()
			.extracting(CaseDetail.TimelineEntry::anomaly)
			.isEqualTo(true);
	}

	@Test
	void shouldApproveAnOnTheSpotItemAtTheWindow() {
		LicensingCase file = this.cases.applyAsPerson(ON_THE_SPOT);
		assertThat(this.cases.outcomes(file, "PreCheck", "clerk")).containsExactly("APPROVE", "REFUSE",
				"REQUEST_CORRECTION", "REJECT");

		this.cases.complete(file, "PreCheck", "clerk", Map.of("outcome", "APPROVE", "opinion", "当场准予登记"));

		assertThat(file.instance())
			.hasPassed("AcceptApplication", "DecidedAtWindow", "DecisionJoin", "HandlingDecided", "RecordApproval",
					"FeeDue")
			.hasNotPassed("Handling", "RequestPayment")
			.isWaitingAt("IssueCertificate");
		assertThat(this.cases.detail(file).decision()).isEqualTo("APPROVED");
	}

	@Test
	void shouldRefuseAnOnTheSpotItemAtTheWindow() {
		LicensingCase file = this.cases.applyAsPerson(ON_THE_SPOT);

		this.cases.complete(file, "PreCheck", "clerk", Map.of("outcome", "REFUSE", "opinion", "经营场所不符合条件"));

		assertThat(file.instance()).hasPassed("DecidedAtWindow", "HandlingDecided", "RecordRefusal", "ClosedRefused")
			.hasNotPassed("Handling", "RecordApproval")
			.isEnded();
		CaseDetail refused = this.cases.detail(file);
		assertThat(refused.decision()).isEqualTo("REFUSED");
		assertThat(refused.status()).isEqualTo("CLOSED");
	}

	@Test
	void shouldWalkTheChainWithAReturnThenApproveIssueAndDeliver() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);

		sign(file, "handler", "APPROVE");
		assertThat(file.instance()).variables()
			.containsEntry("chainResult", "NEXT")
			.containsEntry("currentRole", "section-head");
		this.cases.complete(file, "ChainStep", "head",
				Map.of("outcome", "RETURN", "opinion", "请补充现场核查记录", "returnTo", "handler"));
		assertThat(file.instance()).variables().containsEntry("currentRole", "handler");
		assertThat(this.cases.events(file, "RETURNED")).hasSize(1);
		sign(file, "handler", "APPROVE");
		sign(file, "head", "APPROVE");
		sign(file, "deputy", "APPROVE");

		assertThat(file.instance()).hasPassed("ChainAdvanced", "HandlingApproved", "RecordApproval", "FeeDue")
			.hasNotPassed("HandlingRefused", "RequestPayment")
			.isWaitingAt("IssueCertificate");
		assertThat(this.cases.detail(file).decision()).isEqualTo("APPROVED");
		issueAndDeliver(file);
		assertThat(file.instance()).hasPassed("CertificateMade", "RecordCertificate", "CloseApproved", "ClosedApproved")
			.isEnded();
		assertThat(this.cases.detail(file).status()).isEqualTo("CLOSED");
	}

	@Test
	void shouldCloseRefusedWhenTheLastStepRefuses() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);

		sign(file, "handler", "REFUSE");
		sign(file, "head", "REFUSE");
		sign(file, "deputy", "REFUSE");

		assertThat(file.instance()).hasPassed("HandlingRefused", "HandlingDecided", "RecordRefusal", "ClosedRefused")
			.hasNotPassed("HandlingApproved", "Issuance")
			.isEnded();
		assertThat(this.cases.detail(file).decision()).isEqualTo("REFUSED");
	}

	@Test
	void shouldMoveBothDeadlinesAndTheTimersWhenTheLeaderApprovesAnExtension() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);

		this.extensions.request(file.caseNo(), new ExtensionRequest("需组织现场核查"), this.cases.user("handler"));
		assertThat(file.instance()).hasPassed("ExtensionRequested").isWaitingAt("ChainStep", "ApproveExtension");
		this.cases.complete(file, "ApproveExtension", "leader", Map.of("outcome", "APPROVE", "opinion", "同意延期"));

		assertThat(file.instance()).hasPassed("DecideExtension", "ExtensionDecided").isWaitingAt("ChainStep");
		CaseDetail extended = this.cases.detail(file);
		assertThat(extended.extension().status()).isEqualTo("APPROVED");
		assertThat(extended.promisedDeadline()).isEqualTo("2026-11-02");
		assertThat(extended.statutoryDeadline()).isEqualTo("2026-11-16");
		assertLegalClocks(file, "2026-10-30", "2026-11-02", "2026-11-16");
		assertThat(this.cases.task(file, "ChainStep").getDueDate()).isEqualTo(endOf("2026-11-02"));
	}

	@Test
	void shouldKeepTheDeadlinesWhenTheLeaderRefusesAnExtension() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);

		this.extensions.request(file.caseNo(), new ExtensionRequest("需组织现场核查"), this.cases.user("head"));
		this.cases.complete(file, "ApproveExtension", "leader", Map.of("outcome", "REFUSE", "opinion", "期限内可以完成"));

		assertThat(file.instance()).hasPassed("DecideExtension").isWaitingAt("ChainStep");
		CaseDetail kept = this.cases.detail(file);
		assertThat(kept.extension().status()).isEqualTo("REFUSED");
		assertThat(kept.promisedDeadline()).isEqualTo(PROMISED);
		assertThat(this.cases.events(file, "EXTENSION_REFUSED")).hasSize(1);
		assertLegalClocks(file, "2026-10-16", PROMISED, STATUTORY);
	}

	@Test
	void shouldApplyALeadersOwnExtensionAtOnce() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);

		this.extensions.request(file.caseNo(), new ExtensionRequest("案情复杂"), this.cases.user("leader"));

		assertThat(file.instance()).hasNotPassed("ExtensionRequested", "ApproveExtension").isWaitingAt("ChainStep");
		assertThat(this.cases.detail(file).extension().approvedBy()).isEqualTo("leader");
		assertLegalClocks(file, "2026-10-30", "2026-11-02", "2026-11-16");
	}

	@Test
	void shouldRecordTheReminderAndBothLimitsAndGoOn() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);
		assertLegalClocks(file, "2026-10-16", PROMISED, STATUTORY);

		this.cases.passDueDateOf(file, "ReminderDue");
		assertThat(file.instance()).hasPassed("RecordReminder", "ReminderRecorded").isWaitingAt("ChainStep");
		this.cases.passDueDateOf(file, "PromisedLimitReached");
		this.cases.passDueDateOf(file, "StatutoryLimitReached");

		assertThat(file.instance())
			.hasPassed("RecordPromisedLimitExceeded", "PromisedLimitExceededRecorded", "RecordStatutoryLimitExceeded",
					"StatutoryLimitExceededRecorded")
			.isWaitingAt("ChainStep");
		assertThat(this.cases.events(file, "REMINDER")).singleElement()
			.extracting(CaseDetail.TimelineEntry::anomaly)
			.isEqualTo(false);
		assertThat(this.cases.events(file, "PROMISED_LIMIT_EXCEEDED")).singleElement()
			.extracting(CaseDetail.TimelineEntry::anomaly)
			.isEqualTo(true);
		assertThat(this.cases.events(file, "STATUTORY_LIMIT_EXCEEDED")).singleElement()
			.extracting(CaseDetail.TimelineEntry::anomaly)
			.isEqualTo(true);
		sign(file, "handler", "APPROVE");
		assertThat(file.instance()).variables().containsEntry("currentRole", "section-head");
	}

	@Test
	void shouldHoldTheTimersDuringASpecialProcedureAndMoveThemByThePausedDays() {
		LicensingCase file = this.cases.apply(FOOD);
		accept(file);
		this.cases.clock("2026-10-12T10:00:00");

		CasePause pause = this.pauses.start(file.caseNo(), new PauseRequest("INSPECTION", "抽样检验", 3),
				this.cases.user("handler"));
		assertThat(this.cases.detail(file).status()).isEqualTo("PAUSED");
		for (String timer : List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached")) {
			assertThat(this.cases.timer(file, timer)).hasDueDate(LegalClockTimers.STOPPED);
		}
		assertThat(this.cases.task(file, "ChainStep").getDueDate()).isEqualTo(LegalClockTimers.STOPPED);
		this.cases.clock("2026-10-14T10:00:00");
		CasePause ended = this.pauses.end(file.caseNo(), pause.id(), this.cases.user("handler"));

		// Oct 12, 13 and 14 are not counted: each deadline moves by three working days.
		assertThat(ended.pausedWorkingDays()).isEqualTo(3);
		CaseDetail resumed = this.cases.detail(file);
		assertThat(resumed.status()).isEqualTo("IN_PROGRESS");
		assertThat(resumed.promisedDeadline()).isEqualTo("2026-10-22");
		assertThat(resumed.statutoryDeadline()).isEqualTo("2026-11-05");
		assertLegalClocks(file, "2026-10-21", "2026-10-22", "2026-11-05");
		assertThat(this.cases.task(file, "ChainStep").getDueDate()).isEqualTo(endOf("2026-10-22"));
	}

	@Test
	void shouldCollectTheFeeBeforeTheCertificate() {
		String item = this.cases.publishVariant(FOOD,
				List.of(new Fee("许可证工本费", "每证 50 元", new BigDecimal("50"), null, "示范省物价局批复")),
				new ProcessParameters(List.of("clerk", "section-head")));
		LicensingCase file = this.cases.apply(item);
		accept(file);
		sign(file, "head", "APPROVE");

		assertThat(file.instance()).hasPassed("RecordApproval", "FeeDue", "RequestPayment")
			.isWaitingAt("RecordPayment");
		assertThat(this.cases.detail(file).fee().amount()).isEqualByComparingTo("50");
		assertThat(this.cases.events(file, "FEE_REQUESTED")).hasSize(1);
		this.cases.complete(file, "RecordPayment", "clerk", Map.of("outcome", "PAID", "paymentMethod", "CASH"));

		assertThat(file.instance()).hasPassed("RecordFeePaid", "CertificateJoin").isWaitingAt("IssueCertificate");
		// Numbered from the central window's receipt book, into the one ledger.
		assertThat(this.cases.detail(file).fee().receiptNo()).matches("FS2026\\d{8}");
		issueAndDeliver(file);
		assertThat(file.instance()).hasPassed("ClosedApproved").isEnded();
	}

	@Test
	void shouldRecordACertificateIssuedLate() {
		LicensingCase file = this.cases.applyAsPerson(ON_THE_SPOT);
		this.cases.complete(file, "PreCheck", "clerk", Map.of("outcome", "APPROVE", "opinion", "当场准予登记"));
		// Decided on Sep 29: the certificate is due within 10 working days, by Oct 19.
		assertThat(this.cases.timer(file, "CertificateLimitReached")).hasDueDate(endOf("2026-10-19"));
		assertThat(this.cases.task(file, "IssueCertificate").getDueDate()).isEqualTo(endOf("2026-10-19"));

		this.cases.passDueDateOf(file, "CertificateLimitReached");

		assertThat(file.instance()).hasPassed("RecordCertificateLimitExceeded", "CertificateLimitRecorded")
			.isWaitingAt("IssueCertificate");
		assertThat(this.cases.events(file, "CERTIFICATE_LIMIT_EXCEEDED")).singleElement()
			.extracting(CaseDetail.TimelineEntry::anomaly)
			.isEqualTo(true);
		issueAndDeliver(file);
		assertThat(file.instance()).hasPassed("ClosedApproved").isEnded();
	}

	private void accept(LicensingCase file) {
		this.cases.complete(file, "PreCheck", "clerk", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
	}

	private void uploadCorrection(LicensingCase file) {
		this.materials.upload(file.caseNo(), 1, "营业执照.pdf", CaseworkApi.PDF, this.cases.user("applicant"));
	}

	private void requestCorrection(LicensingCase file) {
		this.cases.complete(file, "PreCheck", "clerk", Map.of("outcome", "REQUEST_CORRECTION", "opinion", "材料不全",
				"missingMaterials", List.of("营业执照或者其他主体资格证明文件")));
	}

	private void sign(LicensingCase file, String username, String outcome) {
		this.cases.complete(file, "ChainStep", username, Map.of("outcome", outcome, "opinion", "审查意见"));
	}

	private void issueAndDeliver(LicensingCase file) {
		this.cases.complete(file, "IssueCertificate", "clerk",
				Map.of("outcome", "ISSUED", "certificateNo", "JY13512340000001", "validUntil", "2031-09-28"));
		this.cases.complete(file, "DeliverCertificate", "clerk",
				Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));
	}

	/**
	 * The three legal-clock timers: the reminder at 24:00 of the working day before the
	 * promised deadline, the limits at 24:00 of their last days.
	 */
	private void assertLegalClocks(LicensingCase file, String dayBeforePromised, String promised, String statutory) {
		assertThat(this.cases.timer(file, "ReminderDue")).hasDueDate(endOf(dayBeforePromised));
		assertThat(this.cases.timer(file, "PromisedLimitReached")).hasDueDate(endOf(promised));
		assertThat(this.cases.timer(file, "StatutoryLimitReached")).hasDueDate(endOf(statutory));
	}

}
