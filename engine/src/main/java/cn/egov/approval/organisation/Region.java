package cn.egov.approval.organisation;

/** A region of the three-level hierarchy; {@code parentCode} is null for a province. */
public record Region(String code, String name, String level, String parentCode) {
}
