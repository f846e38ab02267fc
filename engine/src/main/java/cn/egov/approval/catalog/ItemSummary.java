package cn.egov.approval.catalog;

/** An item as the paged listing shows it. */
public record ItemSummary(String code, String name, String kind, DepartmentRef department, String status, int version,
		TimeLimit statutoryLimit, TimeLimit promisedLimit, boolean onTheSpot, boolean parallelApproval,
		String parentCode) {
}
