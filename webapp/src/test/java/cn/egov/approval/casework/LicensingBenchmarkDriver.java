package cn.egov.approval.casework;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import cn.egov.approval.accounts.AccountDirectory;
import cn.egov.approval.accounts.PlatformUser;
import cn.egov.approval.clock.SimulatedClock;
import cn.egov.approval.notices.NoticeRenderer;
import cn.egov.approval.notices.NoticeService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, acceptance 6: drives 食品经营许可 cases from application to closure (pre-check
 * ACCEPT, handler → section head → deputy APPROVE, certificate ISSUED, delivery
 * DELIVERED) on a few threads, through the platform's services and, in the same run,
 * through the same BPMN on a {@link BareLicensingEngine}, then prints cases/s, p50/p95 of
 * a task completion, their ratio, SQL per case and notices per second
 * ({@link NoticeThroughput}). Shared by the H2 benchmark and the MariaDB one; figures
 * only, no timed assertion.
 */
final class LicensingBenchmarkDriver {

	/** A Monday of working days, as in the journey tests. */
	private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T01:00:00Z");

	/** The acceptance notice and the approval decision. */
	private static final int NOTICES_PER_CASE = 2;

	private static final String CHAIN = "handler,section-head,deputy-leader";

	private static final List<Step> APPROVAL = List.of(
			new Step("clerk", StepDefinitions.PRE_CHECK, Map.of("outcome", "ACCEPT", "opinion", "材料齐全，予以受理")),
			new Step("handler", "handler", Map.of("outcome", "APPROVE", "opinion", "符合条件")),
			new Step("head", "section-head", Map.of("outcome", "APPROVE", "opinion", "同意")),
			new Step("deputy", "deputy-leader", Map.of("outcome", "APPROVE", "opinion", "同意准予许可")),
			new Step("clerk", StepDefinitions.CERTIFICATE,
					Map.of("outcome", "ISSUED", "certificateNo", "JY13512340000001", "validUntil", "2031-12-06")),
			new Step("clerk", StepDefinitions.DELIVERY, Map.of("outcome", "DELIVERED", "deliveryMethod", "WINDOW")));

	private static final ApplicationRequest APPLICATION = new ApplicationRequest(LicensingJourneyTest.FOOD,
			new ApplicationRequest.Applicant("示范县好味道餐饮有限公司", "ENTERPRISE", "91350000MA2XXXXX0B", "13800000001"),
			"ONLINE", Map.of("description", "申请开办餐饮门店", "address", "示范县人民路 8 号"));

	private final Platform platform;

	private final Map<String, PlatformUser> users = new HashMap<>();

	LicensingBenchmarkDriver(Platform platform) {
		this.platform = platform;
		for (String username : List.of("applicant", "clerk", "handler", "head", "deputy")) {
			this.users.put(username, new PlatformUser(platform.accounts().findUser(username).orElseThrow()));
		}
	}

	/**
	 * Warms both up, then measures them in turns (platform, bare, bare, platform ...) so
	 * that a change of load on a shared machine falls on both; prints the comparison and
	 * the notice figures.
	 * @param database what both run on, for the printed title
	 */
	void run(String database, BareLicensingEngine bare, StatementCounter bareStatements) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		CaseRunner onPlatform = new CaseRunner(this::platformCase, this::platformClosed, this.platform.statements());
		CaseRunner onBare = new CaseRunner((index, timings) -> bareCase(bare, index, timings), bare::closedApproved,
				bareStatements);
		this.platform.clock().moveTo(MONDAY_MORNING);
		try {
			measure(onPlatform, settings.warmUp(), settings.threads());
			measure(onBare, settings.warmUp(), settings.threads());
			CaseRun platformRun = null;
			CaseRun bareRun = null;
			for (int turn = 0; turn < settings.turns(); turn++) {
				int cases = settings.cases() / settings.turns();
				CaseRun[] runs = inTurn(turn, onPlatform, onBare, cases, settings.threads());
				platformRun = CaseRun.plus(platformRun, runs[0]);
				bareRun = CaseRun.plus(bareRun, runs[1]);
			}
			BenchmarkReport.cases(database, settings, platformRun, bareRun);
			BenchmarkReport.statements(platformRun, bareRun, settings.sqlLines());
			double noticeMillis = new NoticeThroughput(this.platform.notices(), this.platform.renderer())
				.print(settings.notices());
			BenchmarkReport.timeSpent(platformRun, bareRun, NOTICES_PER_CASE, noticeMillis);
		}
		finally {
			this.platform.clock().reset();
		}
	}

	/**
	 * Issue 5, acceptance 8: the same cases through this platform (supervision on) and
	 * through another context of the platform whose supervision observes no process, in
	 * turns, printing both and their ratio.
	 * @param off the platform with supervision off
	 */
	void compareSupervision(Platform off) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		LicensingBenchmarkDriver offDriver = new LicensingBenchmarkDriver(off);
		CaseRunner on = new CaseRunner(this::platformCase, this::platformClosed, this.platform.statements());
		CaseRunner without = new CaseRunner(offDriver::platformCase, offDriver::platformClosed, off.statements());
		this.platform.clock().moveTo(MONDAY_MORNING);
		try {
			measure(on, settings.warmUp(), settings.threads());
			measure(without, settings.warmUp(), settings.threads());
			CaseRun onRun = null;
			CaseRun offRun = null;
			for (int turn = 0; turn < settings.turns(); turn++) {
				int cases = settings.cases() / settings.turns();
				CaseRun[] runs = inTurn(turn, on, without, cases, settings.threads());
				onRun = CaseRun.plus(onRun, runs[0]);
				offRun = CaseRun.plus(offRun, runs[1]);
			}
			BenchmarkReport.supervision(settings, onRun, offRun);
			BenchmarkReport.addedStatements(onRun, offRun, settings.sqlLines());
		}
		finally {
			this.platform.clock().reset();
		}
	}

	String platformCase(int index, CaseRun.Timings timings) {
		String caseNo = this.platform.intake().apply(APPLICATION, this.users.get("applicant")).caseNo();
		for (Step step : APPROVAL) {
			PlatformUser user = this.users.get(step.username());
			long found = System.nanoTime();
			String taskId = this.platform.tasks()
				.list(user)
				.stream()
				.filter((task) -> task.caseNo().equals(caseNo) && task.step().equals(step.code()))
				.map(TaskView::id)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No " + step.code() + " task of " + caseNo));
			long start = System.nanoTime();
			this.platform.tasks().complete(taskId, step.body(), user);
			timings.add(start - found, System.nanoTime() - start);
		}
		return caseNo;
	}

	boolean platformClosed(String caseNo) {
		return this.platform.cases().find(caseNo).map(CaseFile::caseStatus).orElse(null) == CaseStatus.CLOSED;
	}

	private static String bareCase(BareLicensingEngine bare, int index, CaseRun.Timings timings) {
		String processInstanceId = bare.start("BARE-" + index, "SFX-SCJGJ", CHAIN);
		for (Step step : APPROVAL) {
			long found = System.nanoTime();
			Task task = bare.task(processInstanceId);
			long start = System.nanoTime();
			bare.complete(task.getId(), step.variables(bare.fields(task.getId())));
			timings.add(start - found, System.nanoTime() - start);
		}
		return processInstanceId;
	}

	/** Runs the cases on the threads, each thread taking the next case when done. */
	/**
	 * One turn of both sides, the first side first in even turns and second in odd ones
	 * (A B B A ...), so that a drift of the machine's load or of the databases' size
	 * during the run falls on both alike.
	 * @return the first side's run and the second's
	 */
	private static CaseRun[] inTurn(int turn, CaseRunner first, CaseRunner second, int cases, int threads)
			throws Exception {
		if (turn % 2 == 0) {
			CaseRun a = measure(first, cases, threads);
			return new CaseRun[] { a, measure(second, cases, threads) };
		}
		CaseRun b = measure(second, cases, threads);
		return new CaseRun[] { measure(first, cases, threads), b };
	}

	private static CaseRun measure(CaseRunner runner, int cases, int threads) throws Exception {
		StatementCounter.Count before = runner.statements().count();
		CaseRun.Timings timings = new CaseRun.Timings(new Latencies(), new Latencies());
		List<String> ids = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long cpuStart = processCpuNanos();
		long jitStart = jitMillis();
		long start = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
						ids.add(runner.start().run(i, timings));
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long nanos = System.nanoTime() - start;
		long cpuNanos = processCpuNanos() - cpuStart;
		long jit = jitMillis() - jitStart;
		StatementCounter.Count sql = runner.statements().count().minus(before);
		assertThat(ids).hasSize(cases).allMatch(runner.closed()::test);
		return new CaseRun(cases, threads, nanos, timings.completions().sorted(), timings.lookups().sorted(), sql,
				cpuNanos, jit);
	}

	private static long jitMillis() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The platform's services and beans the benchmark drives and reads.
	 *
	 * @param statements the counter around the platform's data source
	 */
	record Platform(CaseIntake intake, CaseTasks tasks, CaseMapper cases, AccountDirectory accounts,
			NoticeService notices, NoticeRenderer renderer, SimulatedClock clock, StatementCounter statements) {

		/** From a context with the simulated clock and the {@link StatementCounter}. */
		static Platform of(ApplicationContext context) {
			return new Platform(context.getBean(CaseIntake.class), context.getBean(CaseTasks.class),
					context.getBean(CaseMapper.class), context.getBean(AccountDirectory.class),
					context.getBean(NoticeService.class), context.getBean(NoticeRenderer.class),
					context.getBean(SimulatedClock.class), context.getBean(StatementCounter.class));
		}

	}

	/**
	 * Sizes, from {@code -Dplatform.benchmark.cases=...} and so on. The warm-up is long
	 * because with 40 cases the JIT compiler was still busy on one of the two processors
	 * throughout the measured turns, the platform's far larger code more than the bare
	 * engine's; the report's JIT column shows what is left of it.
	 */
	record Settings(int cases, int threads, int warmUp, int turns, int notices, int sqlLines) {

		static Settings fromSystemProperties() {
			return new Settings(Integer.getInteger("platform.benchmark.cases", 200),
					Integer.getInteger("platform.benchmark.threads", 2),
					Integer.getInteger("platform.benchmark.warm-up", 400),
					Integer.getInteger("platform.benchmark.turns", 2),
					Integer.getInteger("platform.benchmark.notices", 300),
					Integer.getInteger("platform.benchmark.sql-lines", 12));
		}

	}

	/** A user task of the approval path: who completes it and with what. */
	private record Step(String username, String code, Map<String, Object> body) {

		/**
		 * What the platform's completion hands the engine: the step's fields, those an
		 * earlier step left set cleared, then outcome and actor.
		 * @param current the fields' values in the process now
		 */
		Map<String, Object> variables(Map<String, Object> current) {
			Map<String, Object> variables = CaseTasks.fieldVariables(this.body, current);
			variables.put(ProcessVariables.OUTCOME, this.body.get("outcome"));
			variables.put(ProcessVariables.ACTOR, this.username);
			return variables;
		}

	}

	private record CaseRunner(CaseStart start, Predicate<String> closed, StatementCounter statements) {
	}

	@FunctionalInterface
	private interface CaseStart {

		/**
		 * Runs one case start to close, timing how each task is found and completed;
		 * returns its id.
		 */
		String run(int index, CaseRun.Timings timings);

	}

}
