package vn.congdanso.onestop.procedures;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.congdanso.core.ErrorCode;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;
import vn.congdanso.onestop.web.WithheldFailures;

/**
 * Turns failures in the procedures, dossiers and receipts controllers into answers that name an
 * error id, never a stack trace:
 * <ul>
 * <li>the SDK's rejections: the contract's {@code Error} JSON for the REST controllers (under
 * {@code /api/v1/}), the {@code procedures/problem} page for the others; an unknown procedure or
 * dossier is 404, any other rejected input 400. The page's message is the desk's own text for the
 * error id (the SDK's message, already free of personal data, goes to the JSON only);</li>
 * <li>for the REST controllers, every other failure too, as the {@code Error} JSON with a fixed
 * message: a service the desk depends on not answering ({@link UnavailableException}) is 503 with
 * the SDK's code, Spring MVC's own refusals keep their status (400, 405, 406, 415) with a
 * {@link Failure desk.*} code, anything else is 500 {@code desk.INTERNAL} (logged with its classes
 * and stack traces, never its messages).
 * The pages leave those to the desk's error pages, as before;</li>
 * <li>{@link BeforeHandler}: what is refused before any controller is chosen under
 * {@code /api/v1/} (no such path, method or media type) answers the {@code Error} JSON too.</li>
 * </ul>
 */
@ControllerAdvice(basePackages = {"vn.congdanso.onestop.procedures", "vn.congdanso.onestop.dossiers",
        "vn.congdanso.onestop.receipts"})
class DeskProblems {

    /** Where the REST contract is served. */
    static final String API_PREFIX = "/api/v1/";
    private static final Logger LOG = LoggerFactory.getLogger(DeskProblems.class);
    private static final Set<String> NOT_FOUND = Set.of("procedure.UNKNOWN_PROCEDURE", "dossier.UNKNOWN_DOSSIER");

    /** The desk's codes for failures that are not the SDK's. */
    enum Failure implements ErrorCode {
        /** The request was malformed in a way Spring MVC refused (a parameter of the wrong type, an unreadable body). */
        BAD_REQUEST,
        /** No resource at that path. */
        UNKNOWN_PATH,
        /** The path exists, not with that HTTP method. */
        UNSUPPORTED_METHOD,
        /** The request's body type, or the answer type it accepts, is not one the resource speaks. */
        UNSUPPORTED_MEDIA_TYPE,
        /** The desk failed; its log says why. */
        INTERNAL;

        /** {@code "desk"}. */
        @Override
        public String namespace() {
            return "desk";
        }

        static Failure of(HttpStatusCode status) {
            return switch (status.value()) {
                case 404 -> UNKNOWN_PATH;
                case 405 -> UNSUPPORTED_METHOD;
                case 406, 415 -> UNSUPPORTED_MEDIA_TYPE;
                default -> status.is4xxClientError() ? BAD_REQUEST : INTERNAL;
            };
        }
    }

    private final Explanations explanations;

    DeskProblems(Explanations explanations) {
        this.explanations = explanations;
    }

    @ExceptionHandler(RejectedException.class)
    Object rejected(RejectedException e, HandlerMethod handler, Locale locale) {
        HttpStatus status = NOT_FOUND.contains(e.code().id()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        if (isApi(handler)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(e.code(), e.getMessage()));
        }
        ModelAndView page = new ModelAndView("procedures/problem", status);
        page.addObject("status", status.value());
        page.addObject("errorCode", e.code().id());
        page.addObject("explanation", explanations.of(e.code(), locale));
        return page;
    }

    /**
     * Any other failure of a REST controller; a page's failure is rethrown, which leaves it to the
     * desk's error pages.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failed(Exception e, HandlerMethod handler) throws Exception {
        if (!isApi(handler)) {
            throw e;
        }
        if (e instanceof UnavailableException unavailable) {
            LOG.warn("{} could not be answered: {}", handler.getShortLogMessage(), unavailable.code().id());
            return error(HttpStatus.SERVICE_UNAVAILABLE, HttpHeaders.EMPTY, unavailable.code(),
                    "a service the desk depends on did not answer; try again later");
        }
        if (e instanceof ErrorResponse refused) {
            return refused(refused);
        }
        if (e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException) {
            return error(HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY, Failure.BAD_REQUEST, "the request is malformed");
        }
        LOG.error("{} failed", handler.getShortLogMessage(), WithheldFailures.withheld(e));
        return error(HttpStatus.INTERNAL_SERVER_ERROR, HttpHeaders.EMPTY, Failure.INTERNAL, "the desk failed to answer");
    }

    /**
     * Spring MVC's refusals that come before any controller is chosen, so no controller-bound
     * advice sees them: under {@code /api/v1/} they answer the contract's {@code Error} JSON (with
     * the refusal's headers, such as {@code Allow}); elsewhere they are rethrown to the desk's
     * usual handling. Last in order, and only for these four refusals, so it takes nothing from
     * any other advice.
     */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class BeforeHandler {

        @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, HttpMediaTypeNotSupportedException.class})
        ResponseEntity<ApiError> refused(Exception e, HttpServletRequest request) throws Exception {
            if (!request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
                throw e;
            }
            return DeskProblems.refused((ErrorResponse) e);
        }
    }

    private static boolean isApi(HandlerMethod handler) {
        return handler.getBeanType().isAnnotationPresent(RestController.class);
    }

    private static ResponseEntity<ApiError> refused(ErrorResponse refused) {
        Failure failure = Failure.of(refused.getStatusCode());
        return error(refused.getStatusCode(), refused.getHeaders(), failure, switch (failure) {
            case UNKNOWN_PATH -> "no resource at this path";
            case UNSUPPORTED_METHOD -> "this resource does not answer this HTTP method";
            case UNSUPPORTED_MEDIA_TYPE -> "this resource does not speak the media type asked for";
            case BAD_REQUEST -> "the request is malformed";
            case INTERNAL -> "the desk failed to answer";
        });
    }

    private static ResponseEntity<ApiError> error(HttpStatusCode status, HttpHeaders headers, ErrorCode code, String message) {
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(code, message));
    }
}
