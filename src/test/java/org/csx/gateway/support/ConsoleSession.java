package org.csx.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff signed in to the console over plain HTTP (form sign-in, the session cookie, the CSRF token of
 * the page last read), as a browser would be, for tests that check the console's answers rather than its pages'
 * behaviour in a browser (console.ConsoleBrowserTest does that).
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private ConsoleSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signed in, or an AssertionError saying the sign-in failed. */
    public static ConsoleSession signIn(int port, String user, String secret) {
        ConsoleSession session = new ConsoleSession(port);
        session.get("/login");
        HttpResponse<String> answer = session.post("/login", "username", user, "password", secret);
        if (answer.statusCode() != 302 || answer.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in as " + user + " failed: " + answer.statusCode());
        }
        return session;
    }

    /** The page (200 expected), remembering its CSRF token for the next form. */
    public String get(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + path)).build());
        if (page.statusCode() != 200) {
            throw new AssertionError(path + " answered " + page.statusCode());
        }
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page.body();
    }

    /** A form as the page last read would post it (its CSRF token added): name, value, name, value... */
    public HttpResponse<String> post(String path, String... fields) {
        StringBuilder form = new StringBuilder("_csrf=").append(csrf == null ? "" : encode(csrf));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
