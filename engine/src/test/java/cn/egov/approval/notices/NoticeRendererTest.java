package cn.egov.approval.notices;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRendererTest {

	private static final NoticeRenderer renderer = new NoticeRenderer(new NoticeFonts());

	private static final LocalDate ISSUED = LocalDate.of(2026, 10, 12);

	@Test
	void shouldShowWhatTheLawRequiresInEveryLicensingNotice() throws IOException {
		assertThat(NoticeSamples.withRequiredTexts().keySet().stream().map(NoticeContent::type))
			.containsExactlyInAnyOrder(LicensingNoticeType.values());
		for (Map.Entry<NoticeContent, List<String>> sample : NoticeSamples.withRequiredTexts().entrySet()) {
			String text = textOf(render(sample.getKey(), "示县市监" + sample.getKey().type().serialTag() + "〔2026〕15号"));
			assertThat(text).as(sample.getKey().type().code())
				.contains(sample.getValue())
				.contains("示范县市场监督管理局", "〔2026〕15号", NoticeSamples.APPLICANT + "：", "二〇二六年十月十二日", "演示用电子印章图像", "第1页共");
		}
	}

	@Test
	void shouldEmbedTheChineseFontAsASubset() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(NoticeSamples.refusal(), "示县市监许不准〔2026〕1号"))) {
			List<PDFont> fonts = fontsOf(pdf);
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSerifSC.*");
			});
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
		}
	}

	@Test
	void shouldKeepTheDocumentSmallBecauseOnlyUsedGlyphsAreEmbedded() {
		assertThat(render(NoticeSamples.acceptance(), "示县市监许受〔2026〕1号")).hasSizeLessThan(150_000);
	}

	@Test
	void shouldPressTheSealImageOnTheLastPage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render(NoticeSamples.approval(), "示县市监许准〔2026〕1号"))) {
			PDResources resources = pdf.getPage(pdf.getNumberOfPages() - 1).getResources();
			List<PDImageXObject> images = new ArrayList<>();
			for (COSName name : resources.getXObjectNames()) {
				images.add((PDImageXObject) resources.getXObject(name));
			}
			assertThat(images).singleElement().satisfies((seal) -> {
				assertThat(seal.getWidth()).isEqualTo(SealDrawing.PIXELS);
				assertThat(seal.getCOSObject().getDictionaryObject(COSName.SMASK)).isNotNull();
			});
		}
	}

	@Test
	void shouldFlowALongBodyOntoFurtherPagesWithPageNumbers() throws IOException {
		String longText = String.join("", Collections.nCopies(120, "申请人应当如实向行政机关提交有关材料和反映真实情况，并对其申请材料实质内容的真实性负责。"));
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			rows.add("第" + i + "份材料：" + "建设工程规划许可证附图".repeat(i % 7 + 1));
		}
		NoticeContent content = new AcceptanceNotice(NoticeSamples.CASE_NO, NoticeSamples.APPLICANT, longText, rows,
				NoticeSamples.RECEIVED, NoticeSamples.ACCEPTED, 10, LocalDate.of(2026, 10, 27), "赵承办", "0731-1", null);
		byte[] pdfBytes = render(content, "示县市监许受〔2026〕2号");
		try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
			int pages = pdf.getNumberOfPages();
			assertThat(pages).isGreaterThanOrEqualTo(3);
			String text = textOf(pdfBytes);
			assertThat(text).contains("第1页共" + pages + "页", "第" + pages + "页共" + pages + "页", "第60份材料", "演示用电子印章图像");
			assertThat(countOf(text, "序号材料名称")).as("the table header repeats on each page it spans")
				.isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void shouldNeverLeaveTheSignatureAloneOnTheLastPage() throws IOException {
		int multiPage = 0;
		for (int reasons = 10; reasons <= 40; reasons++) {
			List<String> list = new ArrayList<>();
			for (int i = 1; i <= reasons; i++) {
				list.add("第" + i + "条理由");
			}
			byte[] pdf = render(new RefusalDecision(NoticeSamples.CASE_NO, NoticeSamples.APPLICANT, NoticeSamples.ITEM,
					NoticeSamples.ACCEPTED, list, null), "示县市监许不准〔2026〕" + reasons + "号");
			try (PDDocument document = Loader.loadPDF(pdf)) {
				int pages = document.getNumberOfPages();
				multiPage += (pages > 1) ? 1 : 0;
				PDFTextStripper lastPage = new PDFTextStripper();
				lastPage.setStartPage(pages);
				lastPage.setEndPage(pages);
				assertThat(lastPage.getText(document).replaceAll("\\s+", "")).as("%d reasons", reasons)
					.contains("第四十六条）。", "示范县市场监督管理局二〇二六年十月十二日");
			}
		}
		assertThat(multiPage).as("some of the documents span two pages").isGreaterThan(5);
	}

	@Test
	void shouldDrawTypedTextLiterallyAndReplaceWhatTheFontLacks() throws IOException {
		NoticeContent content = new RefusalDecision(NoticeSamples.CASE_NO, "<b>张三</b>&amp;", NoticeSamples.ITEM,
				NoticeSamples.ACCEPTED, List.of("理由\t含控制字符\u0007与表情😀以及\n换行"), null);
		String text = textOf(render(content, "示县市监许不准〔2026〕3号"));
		assertThat(text).contains("<b>张三</b>&amp;：", "理由含控制字符与表情□以及", "换行").doesNotContain("\u0007");
	}

	@Test
	void shouldDrawLigaturesAndJoinedDashesAsTheFontSubstitutesThem() throws IOException {
		NoticeContent content = new RefusalDecision(NoticeSamples.CASE_NO, "Office Supplies 有限公司", NoticeSamples.ITEM,
				NoticeSamples.ACCEPTED, List.of("经营场所——仓库"), null);
		String glyphs = glyphsOf(render(content, "示县市监许不准〔2026〕6号"));
		assertThat(glyphs).as("the font's ffi ligature and two-em dash").contains("O\uFB03ce", "经营场所\u2E3A仓库");
	}

	@Test
	void shouldDrawCharactersBeyondTheCommonOnes() throws IOException {
		NoticeContent content = new RefusalDecision(NoticeSamples.CASE_NO, "王堃喆", NoticeSamples.ITEM,
				NoticeSamples.ACCEPTED, List.of("龘靐齉"), null);
		assertThat(textOf(render(content, "示县市监许不准〔2026〕7号"))).contains("王堃喆：", "龘靐齉");
	}

	@Test
	void shouldDescribeTheFontAlikeWhicheverCopyOfItIsEmbedded() throws IOException {
		NoticeContent rare = new RefusalDecision(NoticeSamples.CASE_NO, "王堃喆", NoticeSamples.ITEM,
				NoticeSamples.ACCEPTED, List.of("理由"), null);
		COSDictionary common = fontDescriptorOf(render(NoticeSamples.refusal(), "示县市监许不准〔2026〕1号"));
		COSDictionary complete = fontDescriptorOf(render(rare, "示县市监许不准〔2026〕8号"));
		for (COSName key : List.of(COSName.FLAGS, COSName.FONT_WEIGHT, COSName.ITALIC_ANGLE, COSName.FONT_BBOX,
				COSName.ASCENT, COSName.DESCENT, COSName.CAP_HEIGHT, COSName.XHEIGHT, COSName.STEM_V)) {
			assertThat(common.getDictionaryObject(key)).as(key.getName())
				.hasToString(complete.getDictionaryObject(key).toString());
		}
	}

	private static COSDictionary fontDescriptorOf(byte[] pdfBytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
			return fontsOf(pdf).get(0).getFontDescriptor().getCOSObject();
		}
	}

	@Test
	void shouldRenderTheSameNoticeToTheSameBytes() {
		byte[] first = render(NoticeSamples.payment(), "示县市监许缴〔2026〕1号");
		byte[] second = render(NoticeSamples.payment(), "示县市监许缴〔2026〕1号");
		assertThat(Arrays.equals(first, second)).isTrue();
	}

	static byte[] render(NoticeContent content, String serialNo) {
		return renderer.render(NoticeDocument.of(content, NoticeSamples.AGENCY, serialNo, ISSUED));
	}

	/** The text as pdftotext would show it, with line breaks and spaces removed. */
	static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	/**
	 * The text of each glyph drawn, as its ToUnicode entry says, before text extraction
	 * spells ligatures out.
	 */
	private static String glyphsOf(byte[] pdf) throws IOException {
		StringBuilder glyphs = new StringBuilder();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.append(text.getUnicode());
			}

		};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			stripper.getText(document);
		}
		return glyphs.toString();
	}

	private static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}

	private static int countOf(String text, String part) {
		return (text.length() - text.replace(part, "").length()) / part.length();
	}

}
