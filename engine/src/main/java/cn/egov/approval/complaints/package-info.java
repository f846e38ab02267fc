/**
 * Complaints (投诉): filed online by the public or recorded by staff from phone calls and
 * visits, accepted or rejected by the supervision bureau within 5 working days, routed to
 * the responsible department, answered by a deadline, fed back to the complainant and
 * rated by them ({@code processes/complaint-handling.bpmn}).
 */
package cn.egov.approval.complaints;
