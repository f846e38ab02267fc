package cn.egov.approval.penalty;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import cn.egov.approval.PlatformTest;
import cn.egov.approval.notices.NoticeService;
import cn.egov.approval.notices.StoredNotice;
import cn.egov.approval.notices.Wording;
import cn.egov.approval.penalty.PenaltyCases.Case;
import cn.egov.approval.penalty.PenaltyRequests.HearingRecord;
import cn.egov.approval.penalty.PenaltyRequests.PreservationAnswer;
import cn.egov.approval.penalty.PenaltyRequests.PreservationRequest;
import cn.egov.approval.penalty.PenaltyRequests.StatementAnswer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of every penalty document (as a PDF text extractor reads it) names the case
 * and the party and carries what the law requires; the decision what APL 59 lists.
 */
@PlatformTest
class PenaltyNoticeTextTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	NoticeService notices;

	@LocalServerPort
	int port;

	PenaltyCases cases;

	@BeforeEach
	void start() {
		this.cases = PenaltyCases.startingAt(this.context, this.port, "2027-03-01T09:00:00");
	}

	@AfterEach
	void cleanUp() {
		this.cases.cleanUp();
	}

	@Test
	void shouldWriteEveryPenaltyDocumentWithWhatTheLawRequires() throws IOException {
		Case heard = this.cases.file("FSL-124-1", PenaltyCases.CITIZEN);
		this.cases.open(heard);
		this.cases.evidence(heard);
		this.cases.propose(heard, "8000", "80000", null, false);
		this.cases.review(heard, "PENALISE");
		this.cases.tasks.answerStatement(
				heard.caseNo(), new StatementAnswer("REQUEST_HEARING", "要求听证",
						LocalDateTime.parse("2027-03-11T09:30:00"), "示范县市场监管局听证室", "officer3"),
				this.cases.user("officer"));
		this.cases.clock("2027-03-11T11:00:00");
		this.cases.tasks.holdHearing(heard.caseNo(), new HearingRecord("听证笔录"), this.cases.user("officer"));
		this.cases.legalReview(heard, true);
		this.cases.decide(heard, "70000");
		this.cases.deliver(heard);
		this.cases.passDueDateOf(heard, "PaymentOverdue");
		Case spot = this.cases.onTheSpot("WZWZ-13", PenaltyCases.COMPANY, "FINE", "2000");
		Case none = this.cases.file("FSL-126-1", PenaltyCases.COMPANY);
		this.cases.open(none);
		this.cases.evidence(none);
		EvidencePreservation preserved = preserve(none);
		this.cases.propose(none, null, null, null, false);
		this.cases.review(none, "NOT_ESTABLISHED");
		Case crime = this.cases.file("FSL-124-1", PenaltyCases.COMPANY);
		this.cases.open(crime);
		this.cases.evidence(crime);
		this.cases.propose(crime, "50000", "800000", null, false);
		this.cases.review(crime, "TRANSFER");

		Map<String, String> texts = new HashMap<>(texts(heard));
		texts.putAll(texts(spot));
		texts.putAll(texts(none));
		texts.putAll(texts(crime));
		assertThat(texts).containsOnlyKeys("PENALTY_CASE_OPENING", "PENALTY_PRIOR_NOTICE", "PENALTY_HEARING_NOTICE",
				"PENALTY_DECISION", "PENALTY_FINE_PAYMENT", "PENALTY_DEMAND", "PENALTY_ON_THE_SPOT_DECISION",
				"PENALTY_NO_PENALTY", "PENALTY_TRANSFER", "PENALTY_PRESERVATION");

		assertThat(texts.get("PENALTY_CASE_OPENING")).contains("立案审批表", "同意立案", "钱科长");
		assertThat(texts.get("PENALTY_PRIOR_NOTICE")).contains("行政处罚事先告知书", "沈市民", "捌万元整", "陈述和申辩",
				"不因你（单位）陈述、申辩而给予更重的处罚", "2027年3月8日", "要求举行听证");
		assertThat(texts.get("PENALTY_HEARING_NOTICE")).contains("听证通知书", "2027年3月11日 09:30", "示范县市场监管局听证室", "回避");
		assertThat(texts.get("PENALTY_DECISION")).contains("行政处罚决定书", heard.caseNo(), "沈市民", "350102199001011238",
				"超过保质期", "现场检查笔录", "《中华人民共和国食品安全法》第一百二十四条第一款", "柒万元整", "15日内", "百分之三", "行政复议", "行政诉讼", "示范县市场监督管理局");
		assertThat(texts.get("PENALTY_FINE_PAYMENT")).contains("缴款通知书", "柒万元整", "70000");
		assertThat(texts.get("PENALTY_DEMAND")).contains("催告书", "2027年3月26日", "3%", "强制执行");
		assertThat(texts.get("PENALTY_ON_THE_SPOT_DECISION")).contains("当场", "示范县好味道餐饮有限公司", "贰仟元整", "35012024000101",
				"第五十一条", "行政复议");
		assertThat(texts.get("PENALTY_NO_PENALTY")).contains("不予行政处罚决定书", "违法事实不能成立", "行政诉讼");
		assertThat(texts.get("PENALTY_TRANSFER")).contains("涉嫌犯罪案件移送书", crime.caseNo(), "涉嫌构成犯罪");
		assertThat(texts.get("PENALTY_PRESERVATION")).contains("先行登记保存通知书", none.caseNo(), "第五十六条", "负责人批准", "进货单据",
				"当事人可能转移涉案食品", "不得销毁或者转移", Wording.date(preserved.dueDate()));
	}

	/** Evidence preserved with the leader's approval: its notice goes to the party. */
	private EvidencePreservation preserve(Case file) {
		EvidencePreservation requested = this.cases.preservations.request(file.caseNo(),
				new PreservationRequest("超过保质期的牛奶 12 盒\n进货单据 1 份", "当事人可能转移涉案食品"), this.cases.user("officer"));
		this.cases.alongside(file.caseNo(), requested.processInstanceId());
		this.cases.preservations.answer(file.caseNo(), requested.id(), new PreservationAnswer(true, "同意"),
				this.cases.user("leader"));
		return this.context.getBean(PreservationMapper.class).find(file.caseNo(), requested.id()).orElseThrow();
	}

	private Map<String, String> texts(Case file) throws IOException {
		Map<String, String> texts = new HashMap<>();
		for (StoredNotice notice : this.notices.findByCase(file.caseNo())) {
			try (PDDocument pdf = Loader.loadPDF(this.notices.pdf(notice.id()).orElseThrow())) {
				texts.put(notice.type(), new PDFTextStripper().getText(pdf).replaceAll("\\s*\\n\\s*", ""));
			}
		}
		return texts;
	}

}
