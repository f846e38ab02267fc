/**
 * Levy items (行政征收): the {@code levy-standard} process's steps, the assessment from the
 * published standard ({@code dmn/levy-fee-standard.dmn}), overrides and waivers with the
 * section head's approval, the payment notice, the written demand and the late surcharge
 * (ACL 45).
 */
package cn.egov.approval.levy;
