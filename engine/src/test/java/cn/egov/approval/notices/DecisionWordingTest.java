package cn.egov.approval.notices;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decisions fit the item's kind, the correction notice says a general note once, and no
 * line starts with closing punctuation.
 */
class DecisionWordingTest {

	private static final LocalDate ACCEPTED = LocalDate.of(2026, 12, 7);

	private static final String ESTATE = "不动产首次登记";

	private static final String BASIS = "《不动产登记暂行条例》第二十一条";

	@Test
	void shouldWordARegistrationWithoutTheLicensingLaw() throws IOException {
		NoticeContent approval = new ApprovalDecision("SFX-ZRZYJ-20261207-0001", "张三", ESTATE, ACCEPTED, "准予不动产首次登记",
				"示范县人民路 9 号", ACCEPTED, null, "不动产权证书", "示不动产权第0000009号", BASIS, DecisionKind.CONFIRMATION);
		String text = NoticeRendererTest.textOf(NoticeRendererTest.render(approval, "示县自然许准〔2026〕1号"));
		assertThat(approval.title()).isEqualTo("准予确认（登记）决定书");
		assertThat(text).contains("准予确认（登记）决定书", "决定予以确认（登记）", BASIS, "确认（登记）事项", "不动产权证书")
			.doesNotContain("行政许可", "被许可人", "许可证件");
	}

	@Test
	void shouldRefuseEachKindInItsOwnWordsKeepingBothRemedies() throws IOException {
		for (DecisionKind kind : List.of(DecisionKind.CONFIRMATION, DecisionKind.APPROVAL, DecisionKind.SERVICE)) {
			NoticeContent refusal = new RefusalDecision("C-1", "张三", ESTATE, ACCEPTED, List.of("房屋未竣工验收"), null, kind);
			String text = NoticeRendererTest.textOf(NoticeRendererTest.render(refusal, "示县自然许不准〔2026〕1号"));
			assertThat(text).as(kind.name())
				.contains(kind.refusalTitle(), "决定" + kind.refuse(), "有关法律、法规", "房屋未竣工验收", "六十日内", "六个月内")
				.doesNotContain("行政许可");
		}
	}

	@Test
	void shouldKeepTheLicensingWordingForALicence() throws IOException {
		String text = NoticeRendererTest.textOf(NoticeRendererTest.render(NoticeSamples.approval(), "示县市监许准〔2026〕1号"));
		assertThat(text).contains("准予行政许可决定书", "第三十八条第一款", "被许可人", "许可证件");
		assertThat(DecisionKind.ofItemKind("CONFIRMATION")).isEqualTo(DecisionKind.CONFIRMATION);
		assertThat(DecisionKind.ofItemKind("NON_LICENSING_APPROVAL")).isEqualTo(DecisionKind.APPROVAL);
		assertThat(DecisionKind.ofItemKind("PUBLIC_SERVICE")).isEqualTo(DecisionKind.SERVICE);
		assertThat(DecisionKind.ofItemKind("OTHER")).isEqualTo(DecisionKind.SERVICE);
		assertThat(DecisionKind.ofItemKind("LICENSING")).isEqualTo(DecisionKind.LICENSING);
	}

	@Test
	void shouldPrintAGeneralCorrectionNoteOnceNotInEveryRow() throws IOException {
		String note = "请提交加盖公章的原件";
		NoticeContent notice = new CorrectionNotice("C-1", "张三", ESTATE, ACCEPTED,
				List.of(new CorrectionNotice.Defect("身份证明", null), new CorrectionNotice.Defect("房屋竣工验收材料", null),
						new CorrectionNotice.Defect("测绘报告", null)),
				ACCEPTED.plusDays(7), ACCEPTED, "王窗口", "12345", note);
		String text = NoticeRendererTest.textOf(NoticeRendererTest.render(notice, "示县自然许补〔2026〕1号"));
		assertThat(text).contains("身份证明", "房屋竣工验收材料", "测绘报告", "补正要求：" + note).doesNotContain("存在问题及补正要求");
		assertThat(text.split(note, -1)).hasSize(2);
	}

	@Test
	void shouldPrintEachMaterialsOwnRequirement() throws IOException {
		NoticeContent notice = new CorrectionNotice("C-1", "张三", ESTATE, ACCEPTED,
				List.of(new CorrectionNotice.Defect("身份证明", "已过期，请提交有效证件"),
						new CorrectionNotice.Defect("测绘报告", "缺少测绘单位盖章")),
				ACCEPTED.plusDays(7), ACCEPTED, "王窗口", "12345", null);
		String text = NoticeRendererTest.textOf(NoticeRendererTest.render(notice, "示县自然许补〔2026〕2号"));
		assertThat(text).contains("存在问题及补正要求", "已过期，请提交有效证件", "缺少测绘单位盖章").doesNotContain("补正要求：");
	}

	@Test
	void shouldStartNoLineOfADecisionWithClosingPunctuation() throws IOException {
		// Case numbers of every length move the break through the sentence's "），".
		for (int digits = 1; digits <= 24; digits++) {
			NoticeContent approval = new ApprovalDecision("SFX-" + "7".repeat(digits), "张三", "食品经营许可（新办）", ACCEPTED,
					"预包装食品销售", "示范县启明路8号", ACCEPTED, null, "食品经营许可证", "JY1", null);
			for (String line : linesOf(NoticeRendererTest.render(approval, "示县市监许准〔2026〕1号"))) {
				assertThat(line).as("digits " + digits)
					.doesNotStartWith("，")
					.doesNotStartWith("）")
					.doesNotStartWith("。");
			}
		}
	}

	private static List<String> linesOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
		}
	}

}
