/**
 * Satisfaction ratings (好差评): the applicant rates each closed case once on five levels; a
 * bad rating opens a follow-up (call-back and fix) for the department within 15 working
 * days; a rating by staff of the handling department is recorded as a self-rating.
 */
package cn.egov.approval.satisfaction;
