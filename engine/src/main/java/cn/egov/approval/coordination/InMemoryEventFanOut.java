package cn.egov.approval.coordination;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link EventFanOut} within this JVM: with one node, "every node" is this one. */
class InMemoryEventFanOut implements EventFanOut {

	private static final Logger log = LoggerFactory.getLogger(InMemoryEventFanOut.class);

	private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

	@Override
	public void publish(String channel, String message) {
		for (Consumer<String> listener : this.listeners.getOrDefault(channel, List.of())) {
			try {
				listener.accept(message);
			}
			catch (RuntimeException ex) {
				// One failing subscriber must not keep the message from the others, as
				// with Redis.
				log.warn("Subscriber of channel {} failed", channel, ex);
			}
		}
	}

	@Override
	public AutoCloseable subscribe(String channel, Consumer<String> listener) {
		List<Consumer<String>> channelListeners = this.listeners.computeIfAbsent(channel,
				(key) -> new CopyOnWriteArrayList<>());
		channelListeners.add(listener);
		return () -> channelListeners.remove(listener);
	}

}
