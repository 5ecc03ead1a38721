package vn.congdanso.onestop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over {@code spring.servlet.multipart.*} (16 MB a file, 40 MB a request) is refused
 * before any controller reads it: every form answers 413 with the desk's page naming
 * {@code desk.UPLOAD_TOO_LARGE}, not the container's blank response.
 */
@ControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return new ModelAndView("error/413", HttpStatus.CONTENT_TOO_LARGE);
    }
}
