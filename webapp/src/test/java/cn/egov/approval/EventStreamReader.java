package cn.egov.approval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * Reads a server-sent event stream as a browser's EventSource would, collecting its
 * events, on a thread of its own until closed.
 */
public final class EventStreamReader implements AutoCloseable {

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private EventStreamReader(CompletableFuture<HttpResponse<Stream<String>>> response) {
		this.response = response;
	}

	/**
	 * Opens the stream with Basic credentials and waits until the server says it is
	 * ready.
	 */
	public static EventStreamReader open(int port, String path, String username) {
		String token = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/event-stream")
			.header("Authorization", "Basic " + token)
			.GET()
			.build();
		CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		EventStreamReader reader = new EventStreamReader(response);
		response.thenAcceptAsync((answer) -> reader.read(answer.body()));
		await().atMost(Duration.ofSeconds(10)).until(() -> reader.named("ready").size() == 1);
		return reader;
	}

	public List<Event> named(String name) {
		return this.events.stream().filter((event) -> name.equals(event.name())).toList();
	}

	private void read(Stream<String> lines) {
		List<String> data = new ArrayList<>();
		String[] name = { "message" };
		String[] id = { null };
		lines.forEach((line) -> {
			if (line.isEmpty()) {
				if (!data.isEmpty()) {
					this.events.add(new Event(name[0], id[0], String.join("\n", data), System.nanoTime(),
							java.time.Instant.now()));
				}
				data.clear();
				name[0] = "message";
				id[0] = null;
			}
			else if (line.startsWith("event:")) {
				name[0] = line.substring(6).strip();
			}
			else if (line.startsWith("id:")) {
				id[0] = line.substring(3).strip();
			}
			else if (line.startsWith("data:")) {
				data.add(line.substring(5).strip());
			}
		});
	}

	@Override
	public void close() {
		this.response.thenAccept((answer) -> answer.body().close());
		this.response.cancel(true);
	}

	/** One event, with when it arrived ({@link System#nanoTime()} and the real time). */
	public record Event(String name, String id, String data, long arrivedNanos, java.time.Instant arrivedAt) {
	}

}
