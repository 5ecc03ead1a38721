package vn.congdanso.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.SdkVersion;
import vn.congdanso.core.UnavailableException;

final class OkHttpTransport implements Transport {

    private static final OkHttpClient SHARED = new OkHttpClient();
    private static final String[] REQUEST_ID_HEADERS = {"X-Request-Id", "Request-Id", "X-Correlation-Id", "Trace-Id"};

    private final OkHttpClient client;
    private final ObjectMapper mapper;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final long maxResponseBytes;
    private final HttpLog log = new HttpLog();

    OkHttpTransport(Transport.Builder builder) {
        OkHttpClient base = builder.client != null ? builder.client : SHARED;
        this.client = base.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.readTimeout)
                .callTimeout(builder.callTimeout)
                .retryOnConnectionFailure(false)
                .build();
        this.mapper = builder.objectMapper != null ? builder.objectMapper : Json.newObjectMapper();
        this.retryPolicy = builder.retryPolicy;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.maxResponseBytes = builder.maxResponseBytes;
    }

    @Override
    public TransportResponse send(TransportRequest request) {
        Request okRequest = toOkRequest(request);
        boolean retryable = request.isIdempotent();
        for (int attempt = 1; ; attempt++) {
            boolean last = !retryable || attempt >= retryPolicy.maxAttempts();
            TransportResponse response;
            try {
                response = attempt(request, okRequest);
            } catch (IOException e) {
                if (last) {
                    throw ioFailure(request, e);
                }
                pause(jittered(attempt), request);
                continue;
            }
            if (last || !isTransient(response.status())) {
                return response;
            }
            Optional<Duration> retryAfter = retryAfter(response);
            if (retryAfter.isPresent() && retryAfter.get().compareTo(retryPolicy.maxRetryAfter()) > 0) {
                return response;
            }
            pause(retryAfter.isPresent() ? retryAfter.get() : jittered(attempt), request);
        }
    }

    @Override
    public <T> T sendJson(TransportRequest request, Class<T> type) {
        TransportResponse response = send(request);
        if (!response.isSuccessful()) {
            throw statusFailure(request, response);
        }
        try {
            T value = mapper.readValue(response.body(), type);
            if (value == null) {
                throw new UnavailableException(CoreError.BAD_RESPONSE,
                        "remote answered an empty JSON document to " + describe(request), details(response), null);
            }
            return value;
        } catch (IOException e) {
            throw new UnavailableException(CoreError.BAD_RESPONSE,
                    "remote answered with a body that is not the expected JSON to " + describe(request),
                    details(response), e);
        }
    }

    @Override
    public ObjectMapper objectMapper() {
        return mapper;
    }

    private TransportResponse attempt(TransportRequest request, Request okRequest) throws IOException {
        long started = System.nanoTime();
        log.request(request);
        try (Response response = client.newCall(okRequest).execute()) {
            byte[] body = readBody(response);
            TransportResponse result = new TransportResponse(response.code(), response.headers(), body);
            log.response(request, result, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return result;
        } catch (IOException e) {
            log.failure(request, e);
            throw e;
        }
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

    private void pause(Duration wait, TransportRequest request) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException(CoreError.TRANSPORT_FAILED,
                    "interrupted while waiting to retry " + describe(request), RemoteDetails.ofStatus(0), e);
        }
    }

    private UnavailableException ioFailure(TransportRequest request, IOException e) {
        if (e instanceof ResponseTooLargeException) {
            return new UnavailableException(CoreError.BAD_RESPONSE,
                    "response to " + describe(request) + " exceeds " + maxResponseBytes + " bytes",
                    RemoteDetails.ofStatus(0), e);
        }
        boolean timeout = e instanceof SocketTimeoutException
                || e instanceof InterruptedIOException && "timeout".equals(e.getMessage());
        return new UnavailableException(timeout ? CoreError.TIMEOUT : CoreError.TRANSPORT_FAILED,
                (timeout ? "timed out calling " : "could not complete ") + describe(request)
                        + " (" + e.getClass().getSimpleName() + ")",
                RemoteDetails.ofStatus(0), e);
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

    private static String describe(TransportRequest request) {
        return request.method() + " " + request.url().scheme() + "://" + request.url().host()
                + request.url().encodedPath();
    }

    private static final class ResponseTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
