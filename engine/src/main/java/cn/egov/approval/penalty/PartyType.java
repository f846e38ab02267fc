package cn.egov.approval.penalty;

/** Who is penalised: a natural person or an organisation (legal person or other). */
enum PartyType {

	PERSON, ORGANISATION

}
