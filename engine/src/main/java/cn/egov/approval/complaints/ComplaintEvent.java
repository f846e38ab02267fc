package cn.egov.approval.complaints;

import java.time.LocalDateTime;

/** A row of {@code complaint_event}: one thing that happened to a complaint. */
record ComplaintEvent(Long id, String complaintNo, LocalDateTime eventAt, String kind, String actor, String detail) {
}
