/**
 * Compulsory enforcement through the people's court (行政强制法 53, 54): when an agency
 * without enforcement power of its own may apply, shared by levies and penalties.
 */
package cn.egov.approval.enforcement;
