/**
 * The administrative organisation: regions (province, city, county), their departments
 * and sections.
 */
package cn.egov.approval.organisation;
