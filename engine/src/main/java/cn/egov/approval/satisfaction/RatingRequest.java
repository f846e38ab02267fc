package cn.egov.approval.satisfaction;

/**
 * A rating as the portal sends it.
 *
 * @param level a {@link SatisfactionLevel} code or its Chinese name
 * @param comment optional words, up to 1000 characters
 */
public record RatingRequest(String level, String comment) {
}
