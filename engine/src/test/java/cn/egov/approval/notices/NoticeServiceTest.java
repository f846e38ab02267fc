package cn.egov.approval.notices;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.egov.approval.audit.Sha256;
import cn.egov.approval.organisation.Department;
import cn.egov.approval.organisation.OrganisationMapper;
import cn.egov.approval.organisation.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Issuing against H2 with the platform's migrations; transactions as in production. */
@MybatisTest(properties = { "mybatis.mapper-locations=classpath*:cn/egov/approval/**/*Mapper.xml",
		"mybatis.configuration.map-underscore-to-camel-case=true",
		"mybatis.configuration.arg-name-based-constructor-auto-mapping=true",
		"platform.notices.agencies[SFX-SCJGJ].serial-prefix=示县市监" })
@Import({ NoticeService.class, NoticeSerials.class, NoticeAgencies.class, NoticeRenderer.class, NoticeFonts.class,
		NoticeConfiguration.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NoticeServiceTest {

	private static final String MARKET = "SFX-SCJGJ";

	private static final String HOUSING = "SFX-ZJJ";

	@Autowired
	private NoticeService notices;

	@Autowired
	private OrganisationMapper organisation;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private NoticesTestApplication.TestClock clock;

	@BeforeEach
	void createDepartments() {
		if (this.organisation.findDepartment(MARKET).isEmpty()) {
			this.organisation.insertRegion(new Region("SF", "示范省", "province", null));
			this.organisation.insertRegion(new Region("SF-SFS", "示范市", "city", "SF"));
			this.organisation.insertRegion(new Region("SF-SFS-SFX", "示范县", "county", "SF-SFS"));
			this.organisation
				.insertDepartment(new Department(MARKET, "示范县市场监督管理局", "县市场监管局", "functional", "SF-SFS-SFX"));
			this.organisation
				.insertDepartment(new Department(HOUSING, "示范县住房和城乡建设局", "县住建局", "functional", "SF-SFS-SFX"));
		}
	}

	@Test
	void shouldStoreThePdfWithTheSha256OfItsBytes() throws IOException {
		StoredNotice issued = this.notices.issue(MARKET, NoticeSamples.refusal(), "head");
		assertThat(this.notices.find(issued.id())).contains(issued);
		byte[] pdf = this.notices.pdf(issued.id()).orElseThrow();
		assertThat(Sha256.hex(pdf)).isEqualTo(issued.sha256()).hasSize(64);
		assertThat(pdf).hasSize(issued.sizeBytes());
		assertThat(issued.type()).isEqualTo("REFUSAL");
		assertThat(issued.caseNo()).isEqualTo(NoticeSamples.CASE_NO);
		assertThat(issued.createdAt()).isEqualTo(this.clock.instant());
		assertThat(issued.serialNo()).matches("示县市监许不准〔2026〕\\d+号");
		assertThat(NoticeRendererTest.textOf(pdf)).contains(issued.serialNo(),
				ChineseDates.inChineseNumerals(LocalDate.ofInstant(issued.createdAt(), this.clock.getZone())),
				"六十日内向示范县人民政府申请行政复议", "六个月内直接向示范县人民法院提起行政诉讼");
	}

	@Test
	void shouldFallBackToTheDepartmentsShortNameWithoutAConfiguredPrefix() {
		assertThat(this.notices.issue(HOUSING, NoticeSamples.acceptance(), "clerk2").serialNo())
			.matches("县住建局许受〔2026〕\\d+号");
	}

	@Test
	void shouldListTheNoticesOfACaseInIssueOrder() {
		String caseNo = "SFX-SCJGJ-20261012-0099";
		StoredNotice correction = this.notices.issue(MARKET, withCase(caseNo, NoticeSamples.correction()), "clerk");
		this.clock.advance(Duration.ofDays(1));
		StoredNotice acceptance = this.notices.issue(MARKET, withCase(caseNo, NoticeSamples.acceptance()), "clerk");
		assertThat(this.notices.findByCase(caseNo)).extracting(StoredNotice::id)
			.containsExactly(correction.id(), acceptance.id());
		assertThat(this.notices.findByCase("no-such-case")).isEmpty();
		assertThat(this.notices.find("no-such-id")).isEmpty();
		assertThat(this.notices.pdf("no-such-id")).isEmpty();
	}

	@Test
	void shouldNumberNoticesIssuedConcurrentlyUniquelyAndConsecutively() throws Exception {
		int threads = 4;
		int perThread = 5;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Callable<List<String>> work = () -> IntStream.range(0, perThread)
					.mapToObj((i) -> this.notices.issue(MARKET, NoticeSamples.extension(), "head").serialNo())
					.toList();
				results.add(pool.submit(work));
			}
			List<Integer> numbers = new ArrayList<>();
			for (Future<List<String>> result : results) {
				result.get().forEach((serialNo) -> numbers.add(number(serialNo)));
			}
			assertThat(numbers).doesNotHaveDuplicates().hasSize(threads * perThread);
			int first = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
			assertThat(numbers).containsExactlyInAnyOrderElementsOf(
					IntStream.range(first, first + threads * perThread).boxed().toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldStoreNothingWhenTheCallersTransactionRollsBack() {
		TransactionTemplate caller = new TransactionTemplate(this.transactionManager);
		StoredNotice rolledBack = caller.execute((status) -> {
			StoredNotice notice = this.notices.issue(MARKET, NoticeSamples.payment(), "clerk");
			status.setRollbackOnly();
			return notice;
		});
		assertThat(this.notices.find(rolledBack.id())).isEmpty();
		StoredNotice next = this.notices.issue(MARKET, NoticeSamples.payment(), "clerk");
		assertThat(number(next.serialNo())).as("a number is skipped, never reused")
			.isEqualTo(number(rolledBack.serialNo()) + 1);
	}

	@Test
	void shouldRejectAnUnknownDepartment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.notices.issue("NO-SUCH-DEPT", NoticeSamples.approval(), "head"))
			.withMessageContaining("NO-SUCH-DEPT");
	}

	private static int number(String serialNo) {
		return Integer.parseInt(serialNo.substring(serialNo.indexOf('〕') + 1, serialNo.length() - 1));
	}

	private static AcceptanceNotice withCase(String caseNo, AcceptanceNotice notice) {
		return new AcceptanceNotice(caseNo, notice.applicant(), notice.itemName(), notice.materials(),
				notice.receivedOn(), notice.acceptedOn(), notice.promisedWorkingDays(), notice.promisedCompletionOn(),
				notice.handler(), notice.contactPhone(), notice.queryCode());
	}

	private static CorrectionNotice withCase(String caseNo, CorrectionNotice notice) {
		return new CorrectionNotice(caseNo, notice.applicant(), notice.itemName(), notice.receivedOn(),
				notice.defects(), notice.correctionDeadline(), notice.servedOn(), notice.handler(),
				notice.contactPhone());
	}

}
