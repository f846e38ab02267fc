package cn.egov.approval.coordination;

import java.time.Duration;
import java.util.Optional;

/**
 * Values that expire by themselves: verification codes, one-time tokens, query codes
 * being confirmed.
 */
public interface ShortLivedCodes {

	/**
	 * Stores {@code value} under {@code key} for {@code ttl}, replacing what was there.
	 */
	void put(String key, String value, Duration ttl);

	/** The value, if still alive, without consuming it. */
	Optional<String> peek(String key);

	/**
	 * The value, if still alive, removed atomically so that only one caller ever gets it.
	 */
	Optional<String> take(String key);

}
