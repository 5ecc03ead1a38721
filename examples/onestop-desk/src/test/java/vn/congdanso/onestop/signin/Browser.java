package vn.congdanso.onestop.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test browser on the JDK's HttpClient: follows no redirect by itself, keeps cookies (every
 * server in these tests is on 127.0.0.1; a cookie is sent where its path matches, Secure or not,
 * as a browser does for loopback), and reads forms out of pages.
 */
final class Browser {

    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)(.*)$");
    private static final Pattern PATH = Pattern.compile(";\\s*[Pp]ath=([^;]+)");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(name|value|type)=\"([^\"]*)\"");

    private record Cookie(String value, String path) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The absolute URL a redirect points to. */
    static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect, HTTP " + response.statusCode() + ": " + response.body()));
        return response.uri().resolve(location).toString();
    }

    /** The named fields of the first form's inputs (hidden and visible), unescaped. */
    static Map<String, String> formFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(input.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), unescape(attribute.group(2)));
            }
            if (attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        return fields;
    }

    /** The query parameters of {@code url}, decoded. */
    static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    /** {@code url} with its query replaced by {@code parameters}. */
    static String withQuery(String url, Map<String, String> parameters) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return base + "?" + parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue())).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        String path = request.build().uri().getPath();
        String header = cookies.entrySet().stream().filter(cookie -> path.startsWith(cookie.getValue().path()))
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue().value()).collect(Collectors.joining("; "));
        if (!header.isEmpty()) {
            request.header("Cookie", header);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                Matcher cookie = SET_COOKIE.matcher(setCookie);
                if (cookie.matches()) {
                    Matcher cookiePath = PATH.matcher(cookie.group(3));
                    cookies.put(cookie.group(1), new Cookie(cookie.group(2), cookiePath.find() ? cookiePath.group(1).strip() : "/"));
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
