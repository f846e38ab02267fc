package cn.egov.approval.catalog;

/** A sub-item as its parent lists it. */
public record SubItem(String code, String name, String status) {
}
