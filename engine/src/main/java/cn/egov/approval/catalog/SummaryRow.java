package cn.egov.approval.catalog;

/** A listing row. */
record SummaryRow(String code, String name, String kind, String departmentCode, String departmentName, String status,
		int versionNo, Integer statutoryLimitValue, String statutoryLimitUnit, Integer promisedLimitValue,
		String promisedLimitUnit, boolean onTheSpot, boolean parallelApproval, String parentCode) {

	ItemSummary toSummary() {
		return new ItemSummary(this.code, this.name, this.kind,
				new DepartmentRef(this.departmentCode, this.departmentName), this.status, this.versionNo,
				limit(this.statutoryLimitValue, this.statutoryLimitUnit),
				limit(this.promisedLimitValue, this.promisedLimitUnit), this.onTheSpot, this.parallelApproval,
				this.parentCode);
	}

	static TimeLimit limit(Integer value, String unit) {
		return (value == null && unit == null) ? null : new TimeLimit(value, unit);
	}

}
