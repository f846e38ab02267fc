package cn.egov.approval.calendar;

/**
 * A number of working days the calendar counted.
 *
 * @param days the count
 * @param provisional true when a day counted or skipped lies in a year without an
 * official schedule
 */
public record WorkingDayCount(int days, boolean provisional) {
}
