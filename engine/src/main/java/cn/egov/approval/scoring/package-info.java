/**
 * Scores and statistics (效能考评): per department, staff member and period, rollups kept up
 * to date from supervision facts, warnings, complaints and ratings; the department score
 * and grade from {@code dmn/department-score.dmn} with weights the supervision bureau
 * edits; ranking within a region and the period bulletin (通报).
 */
package cn.egov.approval.scoring;
