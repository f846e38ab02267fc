package cn.egov.approval.web;

/**
 * The body of every error the platform API answers: {@code {"error": ..., "message":
 * ...}}.
 */
public record ApiError(String error, String message) {
}
