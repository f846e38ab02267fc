package cn.egov.approval.scoring;

/**
 * A department's figures, score, grade and rank for a period, as {@code GET /api/scores}
 * answers. Rates are 0..1, {@code null} when there is nothing to divide by; score, grade
 * and rank are {@code null} for a department that completed no case in the period.
 */
public record DepartmentScore(DepartmentRef department, long cases, long accepted, long completed,
		Double completionRate, Double onTimeRate, Double earlyRate, Double overdueRate, long pastStatutory,
		long openOverdue, Double speedUp, Cards cards, long complaints, long complaintsClosed, long ratings,
		Double ratingRate, Double satisfactionRate, Double score, String grade, Integer rank) {

	/** The department. */
	public record DepartmentRef(String code, String name) {
	}

	/** Cards raised in the period, by colour. */
	public record Cards(long yellow, long red, long anomaly) {
	}

	/** The same row with its rank in the region. */
	DepartmentScore ranked(Integer newRank) {
		return new DepartmentScore(this.department, this.cases, this.accepted, this.completed, this.completionRate,
				this.onTimeRate, this.earlyRate, this.overdueRate, this.pastStatutory, this.openOverdue, this.speedUp,
				this.cards, this.complaints, this.complaintsClosed, this.ratings, this.ratingRate,
				this.satisfactionRate, this.score, this.grade, newRank);
	}

}
