package cn.egov.approval.notices;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.audit.Sha256;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notice service inside the whole platform: the V4 migration, the mapper XML, the
 * demo departments' 机关代字 from the embedded profile and the platform clock.
 */
@PlatformTest
class NoticeIssuingTest {

	@Autowired
	NoticeService notices;

	@Autowired
	Clock clock;

	@Test
	void shouldIssueStoreAndListANoticeOfACase() throws IOException {
		String caseNo = "SFX-SCJGJ-20261012-0001";
		ApprovalDecision decision = new ApprovalDecision(caseNo, "沈市民", "食品经营许可（新办）", LocalDate.of(2026, 10, 13),
				"预包装食品销售", "示范县启明路8号", LocalDate.of(2026, 10, 20), null, "食品经营许可证", "JY14301020000001", null);
		StoredNotice issued = this.notices.issue("SFX-SCJGJ", decision, "leader");

		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Asia/Shanghai"));
		assertThat(issued.serialNo()).matches("示县市监许准〔" + today.getYear() + "〕\\d+号");
		assertThat(this.notices.findByCase(caseNo)).containsExactly(issued);
		byte[] pdf = this.notices.pdf(issued.id()).orElseThrow();
		assertThat(Sha256.hex(pdf)).isEqualTo(issued.sha256());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains("示范县市场监督管理局",
					"准予行政许可决定书", issued.serialNo(), "沈市民：", caseNo, "自2026年10月20日起长期有效",
					ChineseDates.inChineseNumerals(today));
		}
	}

}
