package cn.egov.approval.organisation;

/**
 * A government department. {@code kind} says what it does for the platform:
 * {@code functional} (handles items), {@code supervision} (监察局), {@code reform} (审改办),
 * {@code service-centre}, {@code finance}, {@code audit}.
 */
public record Department(String code, String name, String shortName, String kind, String regionCode) {
}
