package vn.congdanso.onestop.procedures;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.core.RejectedException;

/**
 * Turns the SDK's rejections in the procedures, dossiers and receipts controllers into answers
 * that name the error id: the contract's {@code Error} JSON for the REST controllers, the
 * {@code procedures/problem} page for the others. An unknown procedure or dossier is 404, any
 * other rejected input 400; never a stack trace. The message shown is the desk's own text for
 * the error id (the SDK's message, already free of personal data, goes to the JSON only).
 */
@ControllerAdvice(basePackages = {"vn.congdanso.onestop.procedures", "vn.congdanso.onestop.dossiers",
        "vn.congdanso.onestop.receipts"})
class DeskProblems {

    private static final Set<String> NOT_FOUND = Set.of("procedure.UNKNOWN_PROCEDURE", "dossier.UNKNOWN_DOSSIER");

    private final Explanations explanations;

    DeskProblems(Explanations explanations) {
        this.explanations = explanations;
    }

    @ExceptionHandler(RejectedException.class)
    Object rejected(RejectedException e, HandlerMethod handler, Locale locale) {
        HttpStatus status = NOT_FOUND.contains(e.code().id()) ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        if (handler.getBeanType().isAnnotationPresent(RestController.class)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(e.code(), e.getMessage()));
        }
        ModelAndView page = new ModelAndView("procedures/problem", status);
        page.addObject("status", status.value());
        page.addObject("errorCode", e.code().id());
        page.addObject("explanation", explanations.of(e.code(), locale));
        return page;
    }
}
