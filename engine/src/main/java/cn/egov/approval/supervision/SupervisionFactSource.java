package cn.egov.approval.supervision;

/** Where a supervision fact came from. */
public enum SupervisionFactSource {

	/**
	 * Observed from this platform's engine history (or reported by another feature of
	 * it).
	 */
	ENGINE,

	/** Reported by another department's own system through the data exchange. */
	EXCHANGE

}
