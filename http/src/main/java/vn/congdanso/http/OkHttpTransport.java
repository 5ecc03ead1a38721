package vn.congdanso.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.reflect.InaccessibleObjectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.MisconfiguredException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.SdkVersion;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.core.privacy.Redactor;

final class OkHttpTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger("vn.congdanso.http");
    private static final OkHttpClient SHARED = new OkHttpClient();
    private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Correlation-Id", "Trace-Id"};
    private static final int MAX_REDIRECTS = 5;
    private static final Pattern NOT_OPENED = Pattern.compile("(module \\S+) does not \"opens ([\\w.]+)\"");

    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;
    private final Duration callTimeout;
    private final boolean sameHostRedirects;
    private final Clock clock;
    private final Sleeper sleeper;
    private final LongSupplier ticker;
    private final long maxResponseBytes;
    private final HttpLog log = new HttpLog();

    OkHttpTransport(Transport.Builder builder) {
        OkHttpClient base = builder.client != null ? builder.client : SHARED;
        this.client = base.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.readTimeout)
                .callTimeout(builder.callTimeout)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
        this.mapper = builder.objectMapper != null ? builder.objectMapper : Json.newObjectMapper();
        this.retryPolicy = builder.retryPolicy;
        this.callTimeout = builder.callTimeout;
        this.sameHostRedirects = builder.sameHostRedirects;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.ticker = builder.ticker;
        this.maxResponseBytes = builder.maxResponseBytes;
        if (sameHostRedirects) {
            LOG.warn("transport built with allowSameHostRedirects(): a 3xx to the same scheme, host and port"
                    + " is followed (cross-host redirects and method changes are still refused)");
        }
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        Deadline deadline = new Deadline(ticker, ticker.getAsLong(), callTimeout.toNanos());
        boolean retryable = request.isIdempotent();
        for (int attempt = 1; ; attempt++) {
            boolean last = !retryable || attempt >= retryPolicy.maxAttempts();
            TransportResponse response;
            try {
                response = exchange(request, deadline);
            } catch (IOException e) {
                if (last || deadline.remainingNanos() <= 0) {
                    throw ioFailure(request, e, deadline);
                }
                pause(jittered(attempt), request, deadline, Optional.empty(), e);
                continue;
            }
            if (last || !isTransient(response.status())) {
                return response;
            }
            Optional<Duration> retryAfter = retryAfter(response);
            if (retryAfter.isPresent() && retryAfter.get().compareTo(retryPolicy.maxRetryAfter()) > 0) {
                return response;
            }
            Duration wait = retryAfter.isPresent() ? retryAfter.get() : jittered(attempt);
            pause(wait, request, deadline, Optional.of(response), null);
        }
    }

    @Override
    public <T> T sendJson(TransportRequest request, Class<T> type) {
        TransportResponse response = send(request);
        if (!response.isSuccessful()) {
            throw statusFailure(request, response);
        }
        T value;
        try {
            value = mapper.readValue(response.body(), type);
        } catch (IOException | RuntimeException e) {
            throw mappingFailure(request, response, type, e);
        }
        if (value == null) {
            throw new UnavailableException(CoreError.BAD_RESPONSE,
                    "remote answered an empty JSON document to " + describe(request), details(response), null);
        }
        return value;
    }

    @Override
    public ObjectMapper objectMapper() {
        return mapper;
    }

    /** One attempt: the request and the same-host redirects it is allowed to follow. */
    private TransportResponse exchange(TransportRequest request, Deadline deadline) throws IOException {
        TransportRequest current = request;
        for (int hop = 0; ; hop++) {
            TransportResponse response = attempt(current, deadline);
            if (!isRedirect(response.status())) {
                return response;
            }
            current = redirected(current, response, hop);
        }
    }

    private TransportResponse attempt(TransportRequest request, Deadline deadline) throws IOException {
        long remaining = deadline.remainingNanos();
        if (remaining <= 0) {
            throw new SocketTimeoutException("deadline reached");
        }
        long started = ticker.getAsLong();
        log.request(request);
        Call call = client.newCall(toOkRequest(request));
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            byte[] body = readBody(response);
            TransportResponse result = new TransportResponse(response.code(), response.headers(), body);
            log.response(request, result, TimeUnit.NANOSECONDS.toMillis(ticker.getAsLong() - started));
            return result;
        } catch (IOException e) {
            log.failure(request, e);
            throw e;
        }
    }

    private static boolean isRedirect(int status) {
        return status >= 300 && status < 400 && status != 304;
    }

    private TransportRequest redirected(TransportRequest request, TransportResponse response, int hop) {
        Optional<HttpUrl> target = response.header("Location").map(request.url()::resolve);
        String answered = "remote answered HTTP " + response.status() + " to " + describe(request);
        if (target.isEmpty()) {
            throw redirectFailure(answered + " without a usable Location", response);
        }
        HttpUrl to = target.get();
        if (!sameHostRedirects) {
            throw redirectFailure(answered + ", redirecting to " + origin(to)
                    + "; the transport follows no redirect (check the configured endpoint)", response);
        }
        if (!origin(to).equals(origin(request.url()))) {
            throw redirectFailure(answered + ", redirecting to another host, " + origin(to)
                    + "; only same-host redirects are allowed", response);
        }
        boolean keepsMethod = response.status() == 307 || response.status() == 308;
        if (!keepsMethod && !request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw redirectFailure(answered + ", which would turn the " + request.method()
                    + " into a GET; only 307 and 308 are followed for it", response);
        }
        if (hop + 1 >= MAX_REDIRECTS) {
            throw redirectFailure(answered + " after " + MAX_REDIRECTS + " redirects; giving up", response);
        }
        return new TransportRequest(request.method(), to, request.headers(), request.body(), request.idempotencyKey());
    }

    private RejectedException redirectFailure(String message, TransportResponse response) {
        return RejectedException.byRemote(CoreError.REMOTE_REDIRECTED, message, details(response));
    }

    private byte[] readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > maxResponseBytes) {
            throw new ResponseTooLargeException();
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(maxResponseBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxResponseBytes) {
                throw new ResponseTooLargeException();
            }
            return bytes;
        }
    }

    private Request toOkRequest(TransportRequest request) {
        Request.Builder builder = new Request.Builder().url(request.url()).header("User-Agent", SdkVersion.userAgent());
        request.headers().forEach(builder::header);
        request.idempotencyKey().ifPresent(key -> builder.header("Idempotency-Key", key));
        RequestBody body = request.body()
                .map(b -> RequestBody.create(b.bytes(), MediaType.parse(b.contentType())))
                .orElse(null);
        if (body == null && (request.method().equals("POST") || request.method().equals("PUT"))) {
            body = RequestBody.create(new byte[0], null);
        }
        return builder.method(request.method(), body).build();
    }

    private static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private Optional<Duration> retryAfter(TransportResponse response) {
        if (response.status() != 429 && response.status() != 503) {
            return Optional.empty();
        }
        return response.header("Retry-After").flatMap(this::parseRetryAfter);
    }

    private Optional<Duration> parseRetryAfter(String value) {
        String trimmed = value.trim();
        if (!trimmed.isEmpty() && trimmed.length() <= 9 && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            ZonedDateTime date = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), date.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Duration jittered(int attempt) {
        long ceiling = retryPolicy.backoffCeiling(attempt).toMillis();
        return Duration.ofMillis(ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** Waits before the next attempt, or ends the call at once if the wait would outlast the deadline. */
    private void pause(Duration wait, TransportRequest request, Deadline deadline,
            Optional<TransportResponse> response, IOException failure) {
        if (wait.toNanos() >= deadline.remainingNanos()) {
            RemoteDetails details = response.map(this::details).orElse(RemoteDetails.ofStatus(0));
            throw new UnavailableException(CoreError.TIMEOUT, "gave up on " + describe(request) + ": waiting "
                    + wait.toMillis() + " ms to retry would outlast the " + callTimeout.toMillis()
                    + " ms call timeout", details, failure);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(CoreError.TRANSPORT_FAILED,
                    "interrupted while waiting to retry " + describe(request), RemoteDetails.ofStatus(0), e);
        }
    }

    private UnavailableException ioFailure(TransportRequest request, IOException e, Deadline deadline) {
        if (e instanceof ResponseTooLargeException) {
            return new UnavailableException(CoreError.BAD_RESPONSE,
                    "response to " + describe(request) + " exceeds " + maxResponseBytes + " bytes",
                    RemoteDetails.ofStatus(0), e);
        }
        boolean spent = deadline.remainingNanos() <= 0;
        boolean timeout = spent || e instanceof SocketTimeoutException
                || e instanceof InterruptedIOException && "timeout".equals(e.getMessage());
        String message = spent
                ? "timed out calling " + describe(request) + ": the " + callTimeout.toMillis()
                        + " ms call timeout is spent"
                : (timeout ? "timed out calling " : "could not complete ") + describe(request)
                        + " (" + e.getClass().getSimpleName() + ")";
        return new UnavailableException(timeout ? CoreError.TIMEOUT : CoreError.TRANSPORT_FAILED, message,
                RemoteDetails.ofStatus(0), e);
    }

    private RuntimeException mappingFailure(TransportRequest request, TransportResponse response, Class<?> type,
            Exception e) {
        Optional<String> setup = setupProblem(e, type);
        if (setup.isPresent()) {
            return new MisconfiguredException(CoreError.MISCONFIGURED, "cannot map the JSON answer of "
                    + describe(request) + " to " + type.getName() + ": " + setup.get(), e);
        }
        if (e instanceof RuntimeException unexpected) {
            return unexpected;
        }
        return new UnavailableException(CoreError.BAD_RESPONSE,
                "remote answered with a body that is not the expected JSON to " + describe(request),
                details(response), e);
    }

    /** What the caller must change when mapping failed for a local reason rather than a bad body. */
    private static Optional<String> setupProblem(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InaccessibleObjectException) {
                Matcher notOpened = NOT_OPENED.matcher(String.valueOf(t.getMessage()));
                boolean named = notOpened.find();
                String pkg = named ? notOpened.group(2) : type.getPackageName();
                String module = named ? notOpened.group(1) : moduleName(type);
                return Optional.of("package " + pkg + " is not opened to Jackson; add \"opens " + pkg
                        + " to com.fasterxml.jackson.databind;\" to the module-info.java of " + module);
            }
            if (t instanceof InvalidDefinitionException) {
                return Optional.of("Jackson cannot construct or access that type (give it a public constructor,"
                        + " a record or a @JsonCreator; on the module path open package " + type.getPackageName()
                        + " to com.fasterxml.jackson.databind)");
            }
        }
        return Optional.empty();
    }

    private static String moduleName(Class<?> type) {
        return type.getModule().isNamed() ? "module " + type.getModule().getName() : "its module";
    }

    private RuntimeException statusFailure(TransportRequest request, TransportResponse response) {
        RemoteDetails details = details(response);
        String message = "remote answered HTTP " + response.status() + " to " + describe(request);
        if (response.status() >= 400 && response.status() < 500 && response.status() != 429 && response.status() != 408) {
            return RejectedException.byRemote(CoreError.REMOTE_REJECTED, message, details);
        }
        return new UnavailableException(CoreError.REMOTE_UNAVAILABLE, message, details, null);
    }

    private RemoteDetails details(TransportResponse response) {
        Optional<String> requestId = Optional.empty();
        for (String name : REQUEST_ID_HEADERS) {
            requestId = requestId.or(() -> response.header(name));
        }
        return new RemoteDetails(response.status(), remoteCode(response), requestId);
    }

    private Optional<String> remoteCode(TransportResponse response) {
        try {
            JsonNode tree = mapper.readTree(response.body());
            if (tree != null && tree.isObject()) {
                for (String field : new String[] {"code", "errorCode", "error_code", "error"}) {
                    JsonNode node = tree.get(field);
                    if (node != null && node.isValueNode()) {
                        return Optional.of(node.asText());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The method, origin (with its port) and masked path of {@code request}, as messages show it. */
    private static String describe(TransportRequest request) {
        return request.method() + " " + HttpLog.safeUrl(request.url(), false);
    }

    private static String origin(HttpUrl url) {
        return HttpLog.origin(url);
    }

    /** A point in time by which the whole call must be over. */
    private record Deadline(LongSupplier ticker, long startNanos, long budgetNanos) {
        long remainingNanos() {
            return budgetNanos - (ticker.getAsLong() - startNanos);
        }
    }

    private static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
