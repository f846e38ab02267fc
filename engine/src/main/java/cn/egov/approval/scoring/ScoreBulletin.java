package cn.egov.approval.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeBlock;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeType;

/**
 * 行政效能考评通报: the departments of a region ranked for a period with their figures and
 * grades; a department graded 不合格 is told that a supervision recommendation (监察建议书)
 * follows (domain.md §5).
 *
 * @param regionName the region, e.g. 示范县
 * @param periodName the period in words, e.g. 2026年3月
 * @param rows the ranking, best first
 */
public record ScoreBulletin(String regionName, String periodName, List<DepartmentScore> rows) implements NoticeContent {

	static final String FAIL = "不合格";

	private static final List<NoticeBlock.Column> COLUMNS = List.of(new NoticeBlock.Column("名次", 0.9f),
			new NoticeBlock.Column("部门", 4.2f), new NoticeBlock.Column("办件", 0.9f), new NoticeBlock.Column("办结", 0.9f),
			new NoticeBlock.Column("按时率", 1.3f), new NoticeBlock.Column("超时率", 1.3f),
			new NoticeBlock.Column("黄/红/异常", 1.6f), new NoticeBlock.Column("得分", 1.0f),
			new NoticeBlock.Column("等级", 1.3f));

	@Override
	public NoticeType type() {
		return ScoreNoticeType.BULLETIN;
	}

	@Override
	public String caseNo() {
		return null;
	}

	@Override
	public String addressee() {
		return this.regionName + "各有关部门";
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		List<NoticeBlock> blocks = new ArrayList<>();
		blocks.add(new NoticeBlock.Paragraph("根据行政效能电子监察数据，现将" + this.regionName + this.periodName
				+ "各部门行政审批效能考评结果通报如下。考评以承诺时限为准，按时办结率、提前办结率、实际提速率、红黄牌及异常预警、满意率和投诉情况按权重计分。"));
		blocks.add(new NoticeBlock.Heading("一、考评排名"));
		if (this.rows.isEmpty()) {
			blocks.add(new NoticeBlock.Paragraph("本期无参加考评的部门。"));
		}
		else {
			blocks.add(new NoticeBlock.Table(COLUMNS, this.rows.stream().map(ScoreBulletin::cells).toList()));
		}
		blocks.add(new NoticeBlock.Heading("二、处理意见"));
		List<String> failed = this.rows.stream()
			.filter((row) -> FAIL.equals(row.grade()))
			.map((row) -> row.department().name())
			.toList();
		if (failed.isEmpty()) {
			blocks.add(new NoticeBlock.Paragraph("本期无考评不合格的部门。请各部门对照通报查找差距，持续提升审批效能。"));
		}
		else {
			blocks.add(new NoticeBlock.Paragraph(
					String.join("、", failed) + "本期考评等次为不合格，本机关将依照规定另行发出监察建议书，请相关部门在收到后按要求整改并书面报告整改情况。"));
		}
		return blocks;
	}

	private static List<String> cells(DepartmentScore row) {
		return List.of((row.rank() != null) ? String.valueOf(row.rank()) : "—", row.department().name(),
				String.valueOf(row.cases()), String.valueOf(row.completed()), percent(row.onTimeRate()),
				percent(row.overdueRate()),
				row.cards().yellow() + "/" + row.cards().red() + "/" + row.cards().anomaly(),
				(row.score() != null) ? String.format(Locale.ROOT, "%.1f", row.score()) : "—",
				(row.grade() != null) ? row.grade() : "未考评");
	}

	private static String percent(Double rate) {
		return (rate != null) ? String.format(Locale.ROOT, "%.1f%%", rate * 100) : "—";
	}

}
