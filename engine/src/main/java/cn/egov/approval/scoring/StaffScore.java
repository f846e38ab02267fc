package cn.egov.approval.scoring;

/**
 * A staff member's figures for a period ({@code GET /api/scores/staff}): cases recorded
 * and accepted at the window, cases completed that they signed a step of and how those
 * finished, and the cards raised while they held the case.
 */
public record StaffScore(String username, String displayName, long received, long accepted, long completed,
		Double onTimeRate, Double earlyRate, Double overdueRate, Double speedUp, DepartmentScore.Cards cards) {
}
