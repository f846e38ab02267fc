package cn.egov.approval.scoring;

/**
 * The counts of one rollup row, or the increments one event adds to it. Mutable so that a
 * rebuild can add millions of events into a few thousand tallies.
 */
public final class ScoreTally {

	private long received;

	private long accepted;

	private long completed;

	private long onTime;

	private long early;

	private long overdue;

	private long pastStatutory;

	private long openOverdue;

	private long actualDays;

	private long statutoryDays;

	private long yellow;

	private long red;

	private long anomaly;

	private long complaints;

	private long complaintsClosed;

	private long ratings;

	private long satisfied;

	/** Adds another tally's counts to this one. */
	void add(ScoreTally other) {
		this.received += other.received;
		this.accepted += other.accepted;
		this.completed += other.completed;
		this.onTime += other.onTime;
		this.early += other.early;
		this.overdue += other.overdue;
		this.pastStatutory += other.pastStatutory;
		this.openOverdue += other.openOverdue;
		this.actualDays += other.actualDays;
		this.statutoryDays += other.statutoryDays;
		this.yellow += other.yellow;
		this.red += other.red;
		this.anomaly += other.anomaly;
		this.complaints += other.complaints;
		this.complaintsClosed += other.complaintsClosed;
		this.ratings += other.ratings;
		this.satisfied += other.satisfied;
	}

	ScoreTally received(long n) {
		this.received += n;
		return this;
	}

	ScoreTally accepted(long n) {
		this.accepted += n;
		return this;
	}

	/** One completed case and how it finished against its deadlines. */
	ScoreTally completed(CaseTiming timing) {
		this.completed++;
		if (timing != null) {
			this.onTime += timing.onTime() ? 1 : 0;
			this.early += timing.early() ? 1 : 0;
			this.overdue += timing.onTime() ? 0 : 1;
			this.pastStatutory += timing.pastStatutory() ? 1 : 0;
			this.actualDays += timing.actualDays();
			this.statutoryDays += timing.statutoryDays();
		}
		return this;
	}

	ScoreTally openOverdue(long n) {
		this.openOverdue += n;
		return this;
	}

	ScoreTally card(String level) {
		switch (level) {
			case "YELLOW" -> this.yellow++;
			case "RED" -> this.red++;
			case "ANOMALY" -> this.anomaly++;
			default -> {
			}
		}
		return this;
	}

	ScoreTally complaints(long filed, long closed) {
		this.complaints += filed;
		this.complaintsClosed += closed;
		return this;
	}

	ScoreTally rated(boolean wasSatisfied) {
		this.ratings++;
		this.satisfied += wasSatisfied ? 1 : 0;
		return this;
	}

	public long getReceived() {
		return this.received;
	}

	public long getAccepted() {
		return this.accepted;
	}

	public long getCompleted() {
		return this.completed;
	}

	public long getOnTime() {
		return this.onTime;
	}

	public long getEarly() {
		return this.early;
	}

	public long getOverdue() {
		return this.overdue;
	}

	public long getPastStatutory() {
		return this.pastStatutory;
	}

	public long getOpenOverdue() {
		return this.openOverdue;
	}

	public long getActualDays() {
		return this.actualDays;
	}

	public long getStatutoryDays() {
		return this.statutoryDays;
	}

	public long getYellow() {
		return this.yellow;
	}

	public long getRed() {
		return this.red;
	}

	public long getAnomaly() {
		return this.anomaly;
	}

	public long getComplaints() {
		return this.complaints;
	}

	public long getComplaintsClosed() {
		return this.complaintsClosed;
	}

	public long getRatings() {
		return this.ratings;
	}

	public long getSatisfied() {
		return this.satisfied;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ScoreTally tally && toString().equals(tally.toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}

	@Override
	public String toString() {
		return "received=" + this.received + " accepted=" + this.accepted + " completed=" + this.completed + " onTime="
				+ this.onTime + " early=" + this.early + " overdue=" + this.overdue + " pastStatutory="
				+ this.pastStatutory + " openOverdue=" + this.openOverdue + " actualDays=" + this.actualDays
				+ " statutoryDays=" + this.statutoryDays + " yellow=" + this.yellow + " red=" + this.red + " anomaly="
				+ this.anomaly + " complaints=" + this.complaints + "/" + this.complaintsClosed + " ratings="
				+ this.ratings + "/" + this.satisfied;
	}

}
