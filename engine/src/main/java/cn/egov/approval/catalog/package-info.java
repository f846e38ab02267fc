/**
 * The item catalog (事项库): every administrative item the county handles, with its 14
 * elements, limits, fees and materials, in versions that cases keep; maintained by the
 * reform office, read by everyone (the public guide without login).
 */
package cn.egov.approval.catalog;
