package cn.egov.approval.supervision.board;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.egov.approval.coordination.EventFanOut;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The board's open streams on this node. Every warning arrives through the fan-out
 * channel, also the ones raised on this node, so that each viewer gets each warning once
 * whichever node raised it.
 */
@Component
class BoardStreams {

	/** A stream lives this long; the browser's EventSource then reconnects by itself. */
	static final Duration LIFETIME = Duration.ofMinutes(30);

	private static final Logger log = LoggerFactory.getLogger(BoardStreams.class);

	private final List<Viewer> viewers = new CopyOnWriteArrayList<>();

	private final ObjectMapper json;

	private final AutoCloseable subscription;

	BoardStreams(EventFanOut fanOut, ObjectMapper json) {
		this.json = json;
		this.subscription = fanOut.subscribe(BoardBroadcaster.CHANNEL, this::deliver);
	}

	/** Opens a stream of the warnings of the given departments. */
	SseEmitter open(Set<String> departments) {
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		Viewer viewer = new Viewer(emitter, departments);
		this.viewers.add(viewer);
		emitter.onCompletion(() -> this.viewers.remove(viewer));
		emitter.onTimeout(() -> this.viewers.remove(viewer));
		emitter.onError((ex) -> this.viewers.remove(viewer));
		// Tells the browser the stream is open before the first warning comes.
		send(viewer, SseEmitter.event().name("ready").data("{}"));
		return emitter;
	}

	int viewerCount() {
		return this.viewers.size();
	}

	/**
	 * Keeps idle streams open through proxies that close silent connections, and finds
	 * the viewers that left.
	 */
	@Scheduled(fixedDelay = 20_000)
	void heartbeat() {
		for (Viewer viewer : this.viewers) {
			send(viewer, SseEmitter.event().comment("heartbeat"));
		}
	}

	private void deliver(String message) {
		LiveWarning warning;
		try {
			warning = this.json.readValue(message, LiveWarning.class);
		}
		catch (JsonProcessingException ex) {
			log.warn("Ignored a board message that is not a warning: {}", message);
			return;
		}
		for (Viewer viewer : this.viewers) {
			if (viewer.departments().contains(warning.department())) {
				send(viewer, SseEmitter.event().name("warning").id(Long.toString(warning.id())).data(message));
			}
		}
	}

	private void send(Viewer viewer, SseEmitter.SseEventBuilder event) {
		try {
			viewer.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// The viewer went away; its emitter's callbacks may not run until the next
			// write fails, so it leaves now.
			this.viewers.remove(viewer);
			viewer.emitter().completeWithError(ex);
		}
	}

	/**
	 * Ends the streams when the node shuts down: graceful shutdown waits for open
	 * requests, and a stream would keep it waiting to the end of its grace period.
	 * Context closing comes before that wait; the browsers reconnect to another node.
	 */
	@EventListener(ContextClosedEvent.class)
	void endStreams() {
		this.viewers.forEach((viewer) -> viewer.emitter().complete());
		this.viewers.clear();
	}

	@PreDestroy
	void close() throws Exception {
		this.subscription.close();
		endStreams();
	}

	private record Viewer(SseEmitter emitter, Set<String> departments) {
	}

}
