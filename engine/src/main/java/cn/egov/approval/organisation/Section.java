package cn.egov.approval.organisation;

/** A section (科室) inside a department. */
public record Section(String code, String name, String departmentCode) {
}
