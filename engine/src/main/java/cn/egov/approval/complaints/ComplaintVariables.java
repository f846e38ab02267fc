package cn.egov.approval.complaints;

/** The names {@code complaint-handling} and the Java side share. */
final class ComplaintVariables {

	static final String COMPLAINT_NO = "complaintNo";

	/** The candidate group of the registering bureau's supervisors. */
	static final String BUREAU_GROUP = "bureauGroup";

	/** The responsible department; its supervisors handle the complaint. */
	static final String DEPARTMENT = "departmentCode";

	static final String HANDLING_DAYS = "handlingDays";

	static final String RATING_DAYS = "ratingDays";

	static final String ACCEPTED = "accepted";

	static final String RETURNED = "returned";

	static final String REASON = "reason";

	static final String RESULT = "result";

	static final String LEVEL = "level";

	static final String COMMENT = "comment";

	static final String ACTOR = "actor";

	static final String ACCEPTANCE_TASK = "Task_DecideAcceptance";

	static final String ROUTE_TASK = "Task_RouteComplaint";

	static final String HANDLE_TASK = "Task_HandleComplaint";

	static final String RATED_MESSAGE = "ComplainantRated";

	private ComplaintVariables() {
	}

}
