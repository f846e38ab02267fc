package cn.egov.approval.catalog;

/** A downloadable blank form or sample attached to a material. */
public record BlankFormRef(Long id, String fileName) {
}
