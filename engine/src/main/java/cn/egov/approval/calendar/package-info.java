/**
 * The working-day calendar (工作日): yearly schedules of days off and make-up working days,
 * regional overlays, the deadline arithmetic every legal clock uses, and the Camunda
 * business calendar that lets BPMN timers count working days.
 */
package cn.egov.approval.calendar;
