package cn.egov.approval.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.egov.approval.notices.ChineseAmounts;
import cn.egov.approval.notices.NoticeBlock;
import cn.egov.approval.notices.NoticeBlock.Fields;
import cn.egov.approval.notices.NoticeBlock.Paragraph;
import cn.egov.approval.notices.Wording;
import cn.egov.approval.penalty.PenaltyProperties.LegalBasis;

/**
 * What each penalty document says, from the case. The decision carries what APL 59
 * requires: the party, the facts and evidence, the penalty and its basis, how and when to
 * comply, the remedies (added by {@link PenaltyNotice}), the agency, date and seal (added
 * by the renderer).
 */
final class PenaltyNoticeTexts {

	private PenaltyNoticeTexts() {
	}

	static PenaltyNotice opening(PenaltyCase file, LegalBasis basis, boolean approved, String opinion,
			String approvedBy) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(Fields.of("案件编号", file.caseNo(), "案由", basis.violation(), "当事人", file.partyName(), "证件号码",
				file.partyIdNo(), "案件来源及基本事实", file.facts(), "涉嫌违反", basis.citation(), "承办人意见", "建议立案调查", "负责人意见",
				(approved ? "同意立案" : "不予立案") + (text(opinion).isBlank() ? "。" : "：" + opinion.strip()), "审批人",
				approvedBy));
		return new PenaltyNotice(PenaltyNoticeType.CASE_OPENING, file.caseNo(), "执法稽查机构", body, false);
	}

	static PenaltyNotice priorNotice(PenaltyCase file, LegalBasis basis, LocalDate statementDue,
			boolean hearingAvailable) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new Paragraph("经调查，你（单位）" + file.facts() + "上述行为违反了" + basis.citation() + "的规定。"));
		body.add(new Paragraph("依据" + basis.citation() + "的规定，本机关拟对你（单位）作出如下行政处罚："
				+ penalty(file.proposedKind(), file.proposedFine()) + "。"));
		body.add(new Paragraph("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）有权进行陈述和申辩，行政机关不因你（单位）陈述、申辩而给予更重的处罚。请于"
				+ Wording.date(statementDue) + "前提出陈述、申辩意见，逾期视为放弃陈述、申辩权利。"));
		if (hearingAvailable) {
			body.add(new Paragraph("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证，请在收到本告知书之日起五个工作日内提出，逾期视为放弃听证权利。"));
		}
		return new PenaltyNotice(PenaltyNoticeType.PRIOR_NOTICE, file.caseNo(), file.partyName(), body, false);
	}

	static PenaltyNotice hearingNotice(PenaltyCase file, LocalDateTime when, String place, String host) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new Paragraph("根据你（单位）的申请，本机关决定于" + Wording.date(when.toLocalDate()) + " "
				+ String.format("%02d:%02d", when.getHour(), when.getMinute()) + "在" + place + "就第" + file.caseNo()
				+ "号案件举行听证。"));
		body.add(Fields.of("听证主持人", host, "拟作出的行政处罚", penalty(file.notifiedKind(), file.notifiedFine())));
		body.add(new Paragraph("你（单位）可以亲自参加听证，也可以委托一至二人代理；认为主持人与本案有直接利害关系的，有权申请回避。无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。"));
		return new PenaltyNotice(PenaltyNoticeType.HEARING_NOTICE, file.caseNo(), file.partyName(), body, false);
	}

	static PenaltyNotice decision(PenaltyCase file, LegalBasis basis, List<String> evidence, int paymentDays) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(Fields.of("案件编号", file.caseNo(), "当事人", file.partyName(), "证件号码", file.partyIdNo()));
		body.add(new NoticeBlock.Heading("一、违法事实和证据"));
		body.add(new Paragraph(file.facts()));
		body.add(new Paragraph("以上事实有下列证据证明："));
		body.addAll(Wording.numbered(evidence.isEmpty() ? List.of("现场检查笔录") : evidence));
		body.add(new NoticeBlock.Heading("二、行政处罚的种类和依据"));
		body.add(new Paragraph("你（单位）的上述行为违反了" + basis.citation() + "的规定。依据" + basis.citation() + "，本机关决定给予如下行政处罚："
				+ penalty(file.decidedKind(), file.decidedFine()) + "。"));
		body.add(new NoticeBlock.Heading("三、履行方式和期限"));
		body.add(new Paragraph(compliance(file, paymentDays)));
		body.add(new NoticeBlock.Heading("四、救济途径和期限"));
		return new PenaltyNotice(PenaltyNoticeType.DECISION, file.caseNo(), file.partyName(), body, true);
	}

	static PenaltyNotice onTheSpot(PenaltyCase file, LegalBasis basis, String officers, int paymentDays) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(Fields.of("当事人", file.partyName(), "证件号码", file.partyIdNo(), "违法事实", file.facts(), "处罚依据",
				basis.citation(), "处罚种类和数额", penalty(file.decidedKind(), file.decidedFine()), "执法人员及执法证号", officers));
		body.add(new Paragraph(
				"本决定依照《中华人民共和国行政处罚法》第五十一条、第五十二条当场作出，当场交付当事人，并报所属行政机关备案。" + compliance(file, paymentDays)));
		return new PenaltyNotice(PenaltyNoticeType.ON_THE_SPOT_DECISION, file.caseNo(), file.partyName(), body, true);
	}

	static PenaltyNotice noPenalty(PenaltyCase file, LegalBasis basis) {
		String reason = "NOT_ESTABLISHED".equals(file.headOutcome()) ? "违法事实不能成立" : "违法行为轻微，依法可以不予行政处罚";
		List<NoticeBlock> body = List.of(new Paragraph("本机关对你（单位）涉嫌违反" + basis.citation() + "一案（案件编号：" + file.caseNo()
				+ "）进行了调查。经审查，" + reason + "。根据《中华人民共和国行政处罚法》第五十七条的规定，本机关决定不予行政处罚。"));
		return new PenaltyNotice(PenaltyNoticeType.NO_PENALTY, file.caseNo(), file.partyName(), body, true);
	}

	static PenaltyNotice transfer(PenaltyCase file, LegalBasis basis) {
		List<NoticeBlock> body = List
			.of(new Paragraph("本机关在查处" + file.partyName() + "涉嫌违反" + basis.citation() + "一案（案件编号：" + file.caseNo()
					+ "）中发现，当事人的违法行为涉嫌构成犯罪。根据《中华人民共和国行政处罚法》第二十七条、第五十七条的规定，现将该案移送你单位依法处理，案件材料随附。"));
		return new PenaltyNotice(PenaltyNoticeType.TRANSFER, file.caseNo(), "示范县公安局", body, false);
	}

	static PenaltyNotice preservation(PenaltyCase file, LegalBasis basis, EvidencePreservation preservation,
			LocalDate dueDate) {
		List<NoticeBlock> body = new ArrayList<>();
		body.add(new Paragraph("本机关在调查你（单位）涉嫌违反" + basis.citation() + "一案（案件编号：" + file.caseNo() + "）中，因"
				+ preservation.reason() + "，经本机关负责人批准，根据《中华人民共和国行政处罚法》第五十六条的规定，对下列物品（资料）予以先行登记保存："));
		body.addAll(Wording.numbered(preservation.items().lines().filter((line) -> !line.isBlank()).toList()));
		body.add(new Paragraph("在先行登记保存期间，你（单位）不得销毁或者转移上述物品（资料）。本机关将于" + Wording.date(dueDate) + "前作出处理决定。"));
		return new PenaltyNotice(PenaltyNoticeType.PRESERVATION, file.caseNo(), file.partyName(), body, false);
	}

	static PenaltyNotice payment(PenaltyCase file, int paymentDays) {
		List<NoticeBlock> body = List.of(
				Fields.of("缴款人", file.partyName(), "案件编号", file.caseNo(), "缴款项目", "罚没收入（罚款）", "金额",
						ChineseAmounts.inCapitals(file.fine()) + "（￥" + file.fine().toPlainString() + "）"),
				new Paragraph("请自收到行政处罚决定书之日起" + paymentDays
						+ "日内，持本通知书到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"));
		return new PenaltyNotice(PenaltyNoticeType.FINE_PAYMENT, file.caseNo(), file.partyName(), body, false);
	}

	static PenaltyNotice demand(PenaltyCase file, BigDecimal ratePerDay) {
		List<NoticeBlock> body = List.of(new Paragraph("本机关于" + Wording.date(file.decidedAt().toLocalDate())
				+ "对你（单位）作出第" + file.caseNo() + "号行政处罚决定，罚款" + file.fine().toPlainString() + "元，缴款期限已于"
				+ Wording.date(file.paymentDue())
				+ "届满，你（单位）至今未缴纳。根据《中华人民共和国行政处罚法》第七十二条、《中华人民共和国行政强制法》第三十五条的规定，自期限届满次日起每日按罚款数额的" + percent(ratePerDay)
				+ "加处罚款，加处罚款的数额不超出罚款的数额。请于收到本催告书之日起十日内履行；有权进行陈述和申辩。逾期仍不履行的，本机关将依法申请人民法院强制执行。"));
		return new PenaltyNotice(PenaltyNoticeType.DEMAND, file.caseNo(), file.partyName(), body, false);
	}

	static String penalty(String kind, BigDecimal fine) {
		if ("WARNING".equals(kind) || fine == null || fine.signum() == 0) {
			return "警告";
		}
		return "罚款人民币" + ChineseAmounts.inCapitals(fine) + "（￥" + fine.toPlainString() + "）";
	}

	private static String compliance(PenaltyCase file, int paymentDays) {
		if (file.fine().signum() == 0) {
			return "本决定自送达之日起生效。";
		}
		return "请自收到本决定书之日起" + paymentDays + "日内，到指定银行或者通过电子支付系统缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。";
	}

	private static String percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

}
