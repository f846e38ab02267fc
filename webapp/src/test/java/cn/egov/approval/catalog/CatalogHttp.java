package cn.egov.approval.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import cn.egov.approval.HttpCaller.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The calls the catalog tests need beyond {@link cn.egov.approval.HttpCaller}: PUT,
 * multipart uploads and binary downloads, as a script (Basic credentials) or anonymously.
 */
final class CatalogHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String authorization;

	private CatalogHttp(int port, String authorization) {
		this.baseUrl = "http://localhost:" + port;
		this.authorization = authorization;
	}

	static CatalogHttp as(int port, String username) {
		String token = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		return new CatalogHttp(port, "Basic " + token);
	}

	static CatalogHttp anonymous(int port) {
		return new CatalogHttp(port, null);
	}

	Response get(String path) {
		Binary binary = getBytes(path);
		return new Response(binary.status(), new String(binary.body(), StandardCharsets.UTF_8), binary.headers());
	}

	Binary getBytes(String path) {
		return send(request(path).GET());
	}

	Response postJson(String path, Object body) {
		return text(send(request(path).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json(body), StandardCharsets.UTF_8))));
	}

	Response putJson(String path, Object body) {
		return text(send(request(path).header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json(body), StandardCharsets.UTF_8))));
	}

	Response post(String path) {
		return text(send(request(path).POST(BodyPublishers.noBody())));
	}

	/** Uploads {@code content} as the multipart part {@code file}. */
	Response upload(String path, String fileName, byte[] content) {
		String boundary = "----catalog-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return text(send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body))));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private Binary send(HttpRequest.Builder builder) {
		try {
			var response = this.client.send(builder.build(), BodyHandlers.ofByteArray());
			return new Binary(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Response text(Binary binary) {
		return new Response(binary.status(), new String(binary.body(), StandardCharsets.UTF_8), binary.headers());
	}

	private static String json(Object body) {
		if (body instanceof String text) {
			return text;
		}
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A response kept as bytes (workbooks, PDFs). */
	record Binary(int status, byte[] body, java.util.Map<String, java.util.List<String>> headers) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

}
