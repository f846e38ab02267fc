package cn.egov.approval.catalog;

/**
 * A statutory or promised time limit (element 10). The unit stays a string so that a
 * wrong value is reported as a field error rather than an unreadable request.
 *
 * @param value the number of days
 * @param unit a {@link LimitUnit} name
 */
public record TimeLimit(Integer value, String unit) {
}
