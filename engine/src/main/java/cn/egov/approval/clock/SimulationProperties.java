package cn.egov.approval.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether an administrator may move the clock; on in the embedded demo,
 * never in production
 */
@ConfigurationProperties("platform.simulation")
public record SimulationProperties(boolean enabled) {
}
