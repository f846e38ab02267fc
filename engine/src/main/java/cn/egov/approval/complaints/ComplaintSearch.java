package cn.egov.approval.complaints;

import java.util.List;

/**
 * A scoped complaint search: complaints of the departments or regions the caller
 * oversees, or filed by the caller (by account or phone); then the filters asked for.
 */
record ComplaintSearch(List<String> departments, List<String> regions, String filedBy, String phone, String status,
		String department, Boolean overdue, int offset, int limit) {
}
