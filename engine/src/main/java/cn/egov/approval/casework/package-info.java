/**
 * Licensing casework: intake (online and at the window), materials, case numbers and
 * query codes, the pre-check, the approval chain, the legal clocks with their pauses and
 * extensions, decisions, fees, certificates and delivery, and the HTTP API over them. The
 * BPMN processes {@code licensing-standard} and {@code licensing-joint} call
 * {@link cn.egov.approval.casework.LicensingSteps} and
 * {@link cn.egov.approval.casework.CaseClock}.
 */
package cn.egov.approval.casework;
