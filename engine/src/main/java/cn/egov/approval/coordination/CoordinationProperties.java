package cn.egov.approval.coordination;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param store where shared state lives: {@code memory} (one node) or {@code redis}
 * @param keyPrefix prefix of every Redis key and channel, so that several platforms can
 * share one Redis
 */
@ConfigurationProperties("platform.coordination")
public record CoordinationProperties(@DefaultValue("memory") Store store, @DefaultValue("approval:") String keyPrefix) {

	public enum Store {

		MEMORY, REDIS

	}

}
