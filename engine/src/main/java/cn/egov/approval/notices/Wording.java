package cn.egov.approval.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Wording shared by the notice templates: the remedies paragraph (ARL 20: reconsideration
 * within 60 days; ALitL 46: litigation within 6 months, both counted from receipt of the
 * decision), numbered reasons and dates in figures.
 */
public final class Wording {

	private Wording() {
	}

	public static NoticeBlock.Paragraph remedies(IssuingAgency agency) {
		return new NoticeBlock.Paragraph("如不服本决定，可以自收到本决定书之日起六十日内向" + agency.reconsiderationBody()
				+ "申请行政复议（《中华人民共和国行政复议法》第二十条），也可以自收到本决定书之日起六个月内直接向" + agency.court() + "提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。");
	}

	public static List<NoticeBlock> numbered(List<String> reasons) {
		return IntStream.range(0, reasons.size())
			.<NoticeBlock>mapToObj(
					i -> new NoticeBlock.Paragraph("（" + ChineseDates.number(i + 1) + "）" + reasons.get(i)))
			.toList();
	}

	/** "According to the item's own law and the Licensing Law's article ..." */
	static String basis(String itemBasis, String article) {
		return (itemBasis == null || itemBasis.isBlank()) ? article : itemBasis + "和" + article;
	}

	public static String date(LocalDate date) {
		return ChineseDates.inFigures(date);
	}

}
