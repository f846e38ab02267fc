package cn.egov.approval.notices;

/**
 * A supervision notice: it concerns one card's case and is addressed to the department
 * answerable for the card.
 */
public interface SupervisionNotice extends NoticeContent {

	/**
	 * Returns the card the notice is about.
	 * @return the card
	 */
	SupervisedCard card();

	@Override
	default String caseNo() {
		return card().caseNo();
	}

	@Override
	default String addressee() {
		return card().department();
	}

}
