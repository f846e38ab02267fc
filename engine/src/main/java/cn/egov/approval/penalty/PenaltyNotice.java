package cn.egov.approval.penalty;

import java.util.List;

import cn.egov.approval.notices.IssuingAgency;
import cn.egov.approval.notices.NoticeBlock;
import cn.egov.approval.notices.NoticeContent;
import cn.egov.approval.notices.NoticeType;

/**
 * One penalty document: its type, addressee and body as {@link PenaltyNoticeTexts} wrote
 * them, with the remedies paragraph added where the agency is needed.
 *
 * @param kind the document type
 * @param caseNo the case
 * @param addressee the party, or for a transfer the receiving organ
 * @param blocks the body without the agency-dependent parts
 * @param remedies whether the document closes with the remedies (a decision)
 */
record PenaltyNotice(PenaltyNoticeType kind, String caseNo, String addressee, List<NoticeBlock> blocks,
		boolean remedies) implements NoticeContent {

	@Override
	public NoticeType type() {
		return this.kind;
	}

	@Override
	public List<NoticeBlock> body(IssuingAgency agency) {
		if (!this.remedies) {
			return this.blocks;
		}
		List<NoticeBlock> body = new java.util.ArrayList<>(this.blocks);
		body.add(cn.egov.approval.notices.Wording.remedies(agency));
		return body;
	}

}
