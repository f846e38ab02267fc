package cn.egov.approval.casework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.casework.CaseExtensions.ExtensionRequest;
import cn.egov.approval.casework.LicensingCases.LicensingCase;
import cn.egov.approval.catalog.CatalogService;
import cn.egov.approval.catalog.Fee;
import cn.egov.approval.catalog.Item;
import cn.egov.approval.catalog.ProcessParameters;
import cn.egov.approval.clock.PlatformClock;
import cn.egov.approval.lint.BpmnLinter;
import cn.egov.approval.lint.LintSettingsSource;
import cn.egov.approval.modeling.ItemProcessGenerator;
import cn.egov.approval.modeling.ItemProcesses;
import cn.egov.approval.modeling.ModelDeployments;
import cn.egov.approval.modeling.ProcessDraft;
import cn.egov.approval.modeling.ResourceKind;
import cn.egov.approval.supervision.WarningQueries;
import cn.egov.approval.web.BadRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Issue 7, acceptance 4: every item of the demo catalog gets a generated process that
 * passes the deployment lint. For every item that casework runs as licensing-like, the
 * process generated from its catalog entry deploys through the workbench (so every check
 * the engine makes of a deployment applies) and runs cases down every outcome: not
 * accepted, lapsed without a supplement, approved (through a RETURN where the chain has
 * two steps or more, with the fee where the item charges one), refused, and deemed
 * accepted with every legal-clock timer and an extension. Each item runs as a test-only
 * copy bound to its generated process, so the demo items keep theirs.
 */
@PlatformTest
class GeneratedItemProcessTest {

	static final String RECEIVED = "2026-09-29T09:00:00";

	/** Kinds casework runs as licensing-like cases. */
	static final Set<String> CASE_KINDS = Set.of("LICENSING", "NON_LICENSING_APPROVAL", "CONFIRMATION",
			"PUBLIC_SERVICE", "OTHER");

	@Autowired
	ApplicationContext context;

	@Autowired
	CatalogService catalog;

	@Autowired
	ItemProcesses itemProcesses;

	@Autowired
	ModelDeployments deployments;

	@Autowired
	CaseExtensions extensions;

	@Autowired
	WarningQueries warnings;

	@Autowired
	BpmnLinter linter;

	@Autowired
	LintSettingsSource lintSettings;

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

	static Stream<String> demoItems() throws IOException {
		return demoItems(CASE_KINDS::contains);
	}

	static Stream<String> everyDemoItem() throws IOException {
		return demoItems((kind) -> true);
	}

	private static Stream<String> demoItems(Predicate<String> kinds) throws IOException {
		try (InputStream in = GeneratedItemProcessTest.class.getResourceAsStream("/demo/catalog.json")) {
			JsonNode items = new ObjectMapper().readTree(in).get("items");
			return StreamSupport.stream(items.spliterator(), false)
				.filter((item) -> kinds.test(item.get("kind").asText()))
				.map((item) -> item.get("code").asText())
				.toList()
				.stream();
		}
	}

	/**
	 * Every item of the demo catalog, levies and penalties included (their processes run
	 * in levy/GeneratedLevyProcessTest and penalty/GeneratedPenaltyProcessTest): the
	 * generated process passes the lint rules every deployment is checked with.
	 */
	@ParameterizedTest
	@MethodSource("everyDemoItem")
	void shouldGenerateAProcessThatPassesTheDeploymentLint(String demoItem) {
		ItemProcesses.Generated generated = this.itemProcesses.preview(demoItem);

		assertThat(generated.processKey()).isEqualTo(ItemProcessGenerator.processKey(demoItem));
		assertThat(this.linter.lint(generated.xml(), this.lintSettings.live())).as(demoItem).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("demoItems")
	void shouldRunEveryOutcomeOfTheGeneratedProcess(String demoItem) {
		Item base = this.catalog.findPublished(demoItem).orElseThrow();
		Path path = new Path(deployGenerated(base), base);

		path.notAccepted();
		path.lapsed();
		this.cases.clock(RECEIVED);
		path.approved();
		path.refused();
		if (!base.onTheSpot()) {
			path.deemedAcceptedWithTheLegalClocks();
		}
	}

	/**
	 * A copy of the item, its process generated, saved and deployed as the reform office
	 * does.
	 */
	private String deployGenerated(Item base) {
		String code = this.cases.publishVariant(base.code(), base.fees(), base.processParameters());
		String key = ItemProcessGenerator.processKey(code);
		ProcessDraft draft = this.itemProcesses.save(code, true, "reform");
		ModelDeployments.Deployed deployed = this.deployments.deploy(ResourceKind.BPMN, key, draft.draftNo(), "reform");
		assertThat(deployed.boundItem()).isEqualTo(code);
		assertThat(this.catalog.findPublished(code).orElseThrow().processKey()).isEqualTo(key);
		return code;
	}

	/** The outcome paths of one item's generated process. */
	private final class Path {

		private final String code;

		private final Item item;

		private final String department;

		private final List<String> chain;

		private final List<String> tasks;

		Path(String code, Item item) {
			this.code = code;
			this.item = item;
			this.department = item.department().code();
			this.chain = CaseIntake.chainAfterPreCheck(item);
			this.tasks = this.chain.stream().map((role) -> "ChainStep" + pascal(role)).toList();
		}

		void notAccepted() {
			LicensingCase file = apply();
			complete(file, "PreCheck", "clerk",
					Map.of("outcome", "REJECT", "opinion", "不属于本机关职权范围", "reason", "不属于本机关职权范围"));
			assertThat(file.instance()).hasPassed("RejectApplication", "NotAccepted").isEnded();
			assertThat(cases().detail(file).status()).isEqualTo("NOT_ACCEPTED");
		}

		void lapsed() {
			LicensingCase file = apply();
			complete(file, "PreCheck", "clerk", Map.of("outcome", "REQUEST_CORRECTION", "opinion", "材料不全",
					"missingMaterials", List.of(this.item.materials().get(0).name())));
			assertThat(file.instance()).isWaitingAt("AwaitSupplement");
			cases().passDueDateOf(file, "CorrectionPeriodOver");
			assertThat(file.instance()).hasPassed("CloseUnsupplemented", "Withdrawn").isEnded();
		}

		void approved() {
			LicensingCase file = apply();
			if (this.item.onTheSpot()) {
				complete(file, "PreCheck", "clerk", Map.of("outcome", "APPROVE", "opinion", "当场准予", "fees", feeRows()));
				assertThat(file.instance()).hasPassed("DecidedAtWindow", "DecisionJoin").hasNotPassed("Handling");
			}
			else {
				accept(file);
				giveJointOpinions(file);
				if (this.chain.size() > 1) {
					sign(file, 0, "APPROVE");
					complete(file, this.tasks.get(1), this.chain.get(1),
							Map.of("outcome", "RETURN", "opinion", "请补充核查记录", "returnTo", this.chain.get(0)));
					assertThat(file.instance()).isWaitingAt(this.tasks.get(0));
					assertThat(cases().events(file, "RETURNED")).hasSize(1);
				}
				for (int i = 0; i < this.chain.size(); i++) {
					sign(file, i, "APPROVE");
				}
				assertThat(file.instance()).hasPassed("HandlingApproved", "RecordApproval");
			}
			if (!CaseNotices.payableFees(this.item).isEmpty()) {
				complete(file, "RecordPayment", "clerk", Map.of("outcome", "PAID", "paymentMethod", "CASH"));
				assertThat(file.instance()).hasPassed("RequestPayment", "RecordFeePaid");
			}
			complete(file, "IssueCertificate", "clerk",
					Map.of("outcome", "ISSUED", "certificateNo", "ZS0001", "validUntil", "2031-09-28"));
			complete(file, "DeliverCertificate", "clerk", Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW"));
			assertThat(file.instance()).hasPassed("RecordCertificate", "CloseApproved", "ClosedApproved").isEnded();
			CaseDetail closed = cases().detail(file);
			assertThat(closed.decision()).isEqualTo("APPROVED");
			assertThat(closed.status()).isEqualTo("CLOSED");
		}

		void refused() {
			LicensingCase file = apply();
			if (this.item.onTheSpot()) {
				complete(file, "PreCheck", "clerk", Map.of("outcome", "REFUSE", "opinion", "不符合条件"));
			}
			else {
				accept(file);
				giveJointOpinions(file);
				sign(file, 0, "REFUSE");
				assertThat(file.instance()).hasPassed("HandlingRefused");
			}
			assertThat(file.instance()).hasPassed("RecordRefusal", "ClosedRefused").isEnded();
			assertThat(cases().detail(file).decision()).isEqualTo("REFUSED");
		}

		void deemedAcceptedWithTheLegalClocks() {
			LicensingCase file = apply();
			cases().passDueDateOf(file, "PreCheckDeadlinePassed");
			assertThat(file.instance()).hasPassed("DeemAccepted");
			giveJointOpinions(file);
			assertThat(file.instance()).isWaitingAt(this.tasks.get(0));
			assertThat(file.instance()).variables()
				.containsEntry("currentRole", this.chain.get(0))
				.containsEntry("stepIndex", 0)
				.containsEntry("chain", String.join(",", this.chain));
			cases().awaitDueJobs(file);
			LocalDate statutory = cases().detail(file).statutoryDeadline();
			if (statutory.isBefore(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), PlatformClock.ZONE))) {
				// Deemed acceptance counts from receipt: a limit shorter than the
				// pre-check's five working days has lapsed by now, too late to extend it
				// (ALL 42).
				assertThatThrownBy(
						() -> extensions.request(file.caseNo(), new ExtensionRequest("需现场核查"), staff("handler")))
					.isInstanceOf(BadRequestException.class);
			}
			else {
				extensions.request(file.caseNo(), new ExtensionRequest("需现场核查"), staff("handler"));
				cases().awaitDueJobs(file);
				complete(file, "ApproveExtension", "leader", Map.of("outcome", "APPROVE", "opinion", "同意延期"));
				assertThat(cases().detail(file).extension().status()).isEqualTo("APPROVED");
			}
			// With a limit of a day or two, deemed acceptance comes after the reminder's
			// or
			// even the promised limit's time: such a timer fires as soon as it is armed.
			for (String timer : List.of("ReminderDue", "PromisedLimitReached", "StatutoryLimitReached")) {
				if (cases().timer(file, timer) != null) {
					cases().passDueDateOf(file, timer);
				}
			}
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(file.instance()).hasPassed("RecordReminder",
						"RecordPromisedLimitExceeded", "RecordStatutoryLimitExceeded"));
			assertThat(cases().events(file, "STATUTORY_LIMIT_EXCEEDED")).hasSize(1);
			// Supervision observes generated processes like the templates: the statutory
			// limit's red warning, raised once.
			PlatformUser bureau = LicensingCases.staff("generated-bureau-test", "SFS-JCJ", "bureau-supervisor");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(warnings.ofCase(file.caseNo(), bureau))
					.filteredOn((warning) -> "STATUTORY_LIMIT_EXCEEDED".equals(warning.kind()))
					.hasSize(1));
			sign(file, 0, "REFUSE");
			assertThat(file.instance()).hasPassed("ClosedRefused").isEnded();
		}

		private void giveJointOpinions(LicensingCase file) {
			if (!this.item.parallelApproval()) {
				return;
			}
			for (ProcessParameters.JointDepartment co : this.item.processParameters().jointDepartments()) {
				cases().complete(cases().jointOpinion(file, co.code()),
						LicensingCases.staff("co-handler-test", co.code(), "handler"),
						Map.of("outcome", "AGREE", "opinion", "同意"));
			}
			assertThat(file.instance()).hasPassed("DepartmentReview");
		}

		private LicensingCase apply() {
			return this.item.applicantTypes().contains("ENTERPRISE") ? cases().apply(this.code)
					: cases().applyAsPerson(this.code);
		}

		private void accept(LicensingCase file) {
			complete(file, "PreCheck", "clerk", Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理"));
			assertThat(file.instance()).hasPassed("AcceptApplication");
		}

		private void sign(LicensingCase file, int step, String outcome) {
			complete(file, this.tasks.get(step), this.chain.get(step),
					Map.of("outcome", outcome, "opinion", "审查意见", "fees", feeRows()));
		}

		/** Every fee row applies: an item with alternative rows must name them. */
		private List<String> feeRows() {
			return CaseNotices.payableFees(this.item).stream().map(Fee::name).toList();
		}

		private void complete(LicensingCase file, String task, String role, Map<String, Object> body) {
			cases().complete(cases().task(file, task), staff(role), body);
		}

		private PlatformUser staff(String role) {
			return LicensingCases.staff("generated-" + role + "-test", this.department, role);
		}

		private LicensingCases cases() {
			return GeneratedItemProcessTest.this.cases;
		}

		private static String pascal(String role) {
			StringBuilder out = new StringBuilder();
			for (String word : role.split("-")) {
				out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
			return out.toString();
		}

	}

}
