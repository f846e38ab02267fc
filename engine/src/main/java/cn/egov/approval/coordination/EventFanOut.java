package cn.egov.approval.coordination;

import java.util.function.Consumer;

/**
 * Publish/subscribe across all nodes: a message published on a channel reaches every
 * subscriber of that channel on every node, the publishing node included. Delivery is at
 * most once; subscribers must not rely on it for state that has to survive a restart.
 */
public interface EventFanOut {

	void publish(String channel, String message);

	/** Registers a listener; closing the returned handle stops delivery to it. */
	AutoCloseable subscribe(String channel, Consumer<String> listener);

}
