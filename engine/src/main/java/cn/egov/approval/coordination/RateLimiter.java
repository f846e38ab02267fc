package cn.egov.approval.coordination;

import java.time.Duration;

/**
 * Fixed-window hit counters. A window starts with the first hit on a key and ends
 * {@code window} later, when the count starts again from zero.
 */
public interface RateLimiter {

	/** Counts one hit and answers the hits in the current window, this one included. */
	long recordHit(String key, Duration window);

	/** The hits in the current window, zero when none. */
	long hits(String key);

	/** Forgets the key, e.g. after a successful login. */
	void reset(String key);

}
