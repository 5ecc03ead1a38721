package vn.congdanso.qr.procedure;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import vn.congdanso.core.CoreError;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.http.TransportResponse;
import vn.congdanso.qr.procedure.internal.ProcedureJson;
import vn.congdanso.qr.procedure.internal.ShapeException;

import static java.util.Objects.requireNonNull;

/**
 * A directory served over HTTP by the contract in {@code docs/openapi/procedures.yaml}:
 * {@code GET /procedures/{code}}, {@code GET /procedures?q=&agency=&page=&size=} and
 * {@code GET /dossiers/{dossierCode}}. Runs on the core {@link Transport}, which retries the
 * GETs on I/O errors, 429 and 5xx. Immutable and thread-safe; closes nothing of the caller's.
 *
 * <p>Errors: 404 on a procedure or dossier is an empty result; another 4xx is a
 * {@link RejectedException} {@code REMOTE_REJECTED}; 429 or 5xx after retries an
 * {@link UnavailableException} {@code REMOTE_UNAVAILABLE}; a body that is not the contract's JSON
 * an {@link UnavailableException} {@code BAD_RESPONSE}.
 */
public final class HttpProcedureDirectory implements ProcedureDirectory {

    private static final int NOT_FOUND = 404;

    private final HttpUrl baseUrl;
    private final Transport transport;

    private HttpProcedureDirectory(Builder builder) {
        this.baseUrl = builder.baseUrl;
        this.transport = builder.transport;
    }

    /** A builder; the base URL is required. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Procedure> find(ProcedureCode code) {
        requireNonNull(code, "code == null");
        HttpUrl url = baseUrl.newBuilder().addPathSegment("procedures").addPathSegment(code.toString()).build();
        return getOptional(url, ProcedureJson::procedure);
    }

    @Override
    public Page<Procedure> search(ProcedureQuery query) {
        requireNonNull(query, "query == null");
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("procedures")
                .addQueryParameter("q", query.keywords())
                .addQueryParameter("page", Integer.toString(query.page()))
                .addQueryParameter("size", Integer.toString(query.size()));
        query.agency().ifPresent(agency -> url.addQueryParameter("agency", agency.toString()));
        TransportResponse response = transport.send(TransportRequest.get(url.build()));
        requireSuccess(response);
        return read(response, ProcedureJson::page);
    }

    @Override
    public Optional<DossierStatus> dossierStatus(DossierCode dossier) {
        requireNonNull(dossier, "dossier == null");
        HttpUrl url = baseUrl.newBuilder().addPathSegment("dossiers").addPathSegment(dossier.toString()).build();
        return getOptional(url, ProcedureJson::dossier);
    }

    private <T> Optional<T> getOptional(HttpUrl url, Function<JsonNode, T> reader) {
        TransportResponse response = transport.send(TransportRequest.get(url));
        if (response.status() == NOT_FOUND) {
            return Optional.empty();
        }
        requireSuccess(response);
        return Optional.of(read(response, reader));
    }

    private static void requireSuccess(TransportResponse response) {
        if (response.isSuccessful()) {
            return;
        }
        RemoteDetails details = details(response);
        int status = response.status();
        if (status >= 400 && status < 500 && status != 429) {
            throw RejectedException.byRemote(CoreError.REMOTE_REJECTED, "procedure directory refused the request (HTTP " + status + ")",
                    details);
        }
        throw new UnavailableException(CoreError.REMOTE_UNAVAILABLE, "procedure directory is unavailable (HTTP " + status + ")",
                details, null);
    }

    private <T> T read(TransportResponse response, Function<JsonNode, T> reader) {
        try {
            return reader.apply(transport.objectMapper().readTree(response.body()));
        } catch (IOException | ShapeException e) {
            throw new UnavailableException(CoreError.BAD_RESPONSE, "procedure directory sent a body outside its contract",
                    details(response), null);
        }
    }

    private static RemoteDetails details(TransportResponse response) {
        return new RemoteDetails(response.status(), Optional.empty(), response.header("X-Request-Id"));
    }

    /** Builds an {@link HttpProcedureDirectory}. Not thread-safe. */
    public static final class Builder {
        private HttpUrl baseUrl;
        private Transport transport;

        private Builder() {
        }

        /**
         * The service's base URL, for example {@code https://dvc.example.gov.vn/api/v1}.
         *
         * @throws RejectedException {@code BAD_ARGUMENT} for anything but an absolute http(s) URL
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = TransportRequest.parseUrl(baseUrl);
            return this;
        }

        /** The transport to call through (default: a transport with the core defaults). */
        public Builder transport(Transport transport) {
            this.transport = requireNonNull(transport, "transport == null");
            return this;
        }

        /**
         * The directory.
         *
         * @throws RejectedException {@code BAD_ARGUMENT} when no base URL was given
         */
        public HttpProcedureDirectory build() {
            if (baseUrl == null) {
                throw new RejectedException(CoreError.BAD_ARGUMENT, "an HTTP procedure directory needs a base URL");
            }
            if (transport == null) {
                transport = Transport.builder().build();
            }
            return new HttpProcedureDirectory(this);
        }
    }
}
