package cn.egov.approval;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A caller of the running platform over real HTTP, as a browser (cookies, CSRF header) or
 * as a script (Basic credentials on every request).
 */
public final class HttpCaller {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private final List<String> defaultHeaders = new ArrayList<>();

	private HttpCaller(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** A browser-like caller: keeps cookies, sends the CSRF cookie back as a header. */
	public static HttpCaller browser(int port) {
		HttpCaller caller = new HttpCaller("http://localhost:" + port);
		caller.defaultHeaders.addAll(List.of("X-Requested-With", "XMLHttpRequest"));
		return caller;
	}

	/** A script-like caller sending Basic credentials on every request. */
	public static HttpCaller basic(int port, String username, String password) {
		HttpCaller caller = new HttpCaller("http://localhost:" + port);
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		caller.defaultHeaders.addAll(List.of("Authorization", "Basic " + token));
		return caller;
	}

	/** A caller with no credentials at all. */
	public static HttpCaller anonymous(int port) {
		return new HttpCaller("http://localhost:" + port);
	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response postJson(String path, String json, String... headers) {
		return send(
				request(path, headers).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	public Response putJson(String path, String json, String... headers) {
		return send(
				request(path, headers).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	public Response postForm(String path, Map<String, String> form, String... headers) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	public Response post(String path, String contentType, BodyPublisher body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType).POST(body));
	}

	/** A GET whose answer is kept as bytes (PDFs, uploaded files). */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(request(path).GET().build(), BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A multipart POST of one file part named {@code file} and plain text fields. */
	public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----platform-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return post(path, "multipart/form-data; boundary=" + boundary, BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/** The value of a cookie this caller holds, or null. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path));
		addHeaders(builder, this.defaultHeaders.toArray(String[]::new));
		String csrf = cookie("PLATFORM-XSRF-TOKEN");
		if (csrf != null) {
			builder.header("X-PLATFORM-XSRF-TOKEN", csrf);
		}
		addHeaders(builder, headers);
		return builder;
	}

	private static void addHeaders(HttpRequest.Builder builder, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(),
					BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What came back. */
	/** What came back, as bytes. */
	public record Download(int status, byte[] body, Map<String, List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

	public record Response(int status, String body, Map<String, List<String>> headers) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Not JSON: " + this.body, ex);
			}
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((e) -> e.getKey().equalsIgnoreCase(name))
				.flatMap((e) -> e.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

}
