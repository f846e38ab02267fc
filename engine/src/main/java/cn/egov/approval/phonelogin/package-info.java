/**
 * Applicants sign in with a code sent to their mobile phone: codes and rate limits in the
 * shared short-lived store (Redis under the {@code redis} profile), the code sent as a
 * notification, the applicant account created at the first sign-in.
 */
package cn.egov.approval.phonelogin;
