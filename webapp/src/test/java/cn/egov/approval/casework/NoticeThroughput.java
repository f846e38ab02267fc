package cn.egov.approval.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

import cn.egov.approval.notices.AcceptanceNotice;
import cn.egov.approval.notices.ApprovalDecision;
import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeDocument;
import cn.egov.approval.notices.NoticeRenderer;
import cn.egov.approval.notices.NoticeService;

/**
 * PDF notices per second on one thread with the parsed font reused (issue 4: target ≥
 * 100/s), for the two a licensing case issues (受理通知书, 准予行政许可决定书): rendered alone, and
 * issued (numbered, rendered, hashed and stored) through {@link NoticeService}.
 */
final class NoticeThroughput {

	static final double TARGET = 100;

	private static final String DEPARTMENT = "SFX-SCJGJ";

	private static final IssuingAgency AGENCY = new IssuingAgency(DEPARTMENT, "示范县市场监督管理局", "示县市监", "示范县人民政府",
			"示范县人民法院");

	private static final LocalDate ACCEPTED = LocalDate.of(2026, 12, 7);

	private static final List<NoticeContent> CONTENTS = List.of(
			new AcceptanceNotice("SFX-SCJGJ-20261207-9999", "示范县好味道餐饮有限公司", "食品经营许可", List.of("网上提交的申请表"), ACCEPTED,
					ACCEPTED, 10, LocalDate.of(2026, 12, 21), "王窗口", "12345", "K7Q29XZ4"),
			new ApprovalDecision("SFX-SCJGJ-20261207-9999", "示范县好味道餐饮有限公司", "食品经营许可", ACCEPTED, "准予食品经营许可", "食品经营许可",
					LocalDate.of(2026, 12, 14), LocalDate.of(2031, 12, 6), "食品经营许可证", "JY13512340000001",
					"《中华人民共和国食品安全法》第三十五条"));

	private final NoticeService notices;

	private final NoticeRenderer renderer;

	NoticeThroughput(NoticeService notices, NoticeRenderer renderer) {
		this.notices = notices;
		this.renderer = renderer;
	}

	/** Prints both figures; returns the milliseconds one issued notice took. */
	double print(int count) {
		IntConsumer render = (i) -> this.renderer
			.render(NoticeDocument.of(content(i), AGENCY, "示县市监许〔2026〕" + (i + 1) + "号", ACCEPTED));
		IntConsumer issue = (i) -> this.notices.issue(DEPARTMENT, content(i), "clerk");
		repeat(count / 4, render);
		repeat(count / 4, issue);
		double rendered = perSecond(count, render);
		double issued = perSecond(count, issue);
		System.out.printf(
				"[benchmark] notices on one thread, font reused: rendered %.1f/s (%.1f ms each), issued with serial"
						+ " number and storage %.1f/s (%.1f ms each); target >= %.0f/s: %s%n",
				rendered, 1000 / rendered, issued, 1000 / issued, TARGET, (issued >= TARGET) ? "met" : "NOT met");
		return 1000 / issued;
	}

	private static NoticeContent content(int i) {
		return CONTENTS.get(i % CONTENTS.size());
	}

	private static double perSecond(int count, IntConsumer work) {
		long start = System.nanoTime();
		repeat(count, work);
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static void repeat(int count, IntConsumer work) {
		for (int i = 0; i < count; i++) {
			work.accept(i);
		}
	}

}
