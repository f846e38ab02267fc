/**
 * The working-day calendar inside Camunda: a process engine plugin and the business
 * calendar that reads durations written in working days ({@code P5WD}).
 */
package cn.egov.approval.calendar.engine;
