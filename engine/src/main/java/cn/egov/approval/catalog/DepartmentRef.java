package cn.egov.approval.catalog;

/** A department by code; the name is filled in on answers and ignored in requests. */
public record DepartmentRef(String code, String name) {
}
