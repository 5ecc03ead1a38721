package vn.congdanso.onestop.signin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.core.CongDanSoException;
import vn.congdanso.core.RejectedException;
import vn.congdanso.core.RemoteDetails;

/**
 * A refused or failed sign-in becomes a page naming the SDK's error code (and the provider's
 * OAuth error, when it sent one): 400 for a refusal, 503 when the provider cannot be reached.
 */
@ControllerAdvice(assignableTypes = {SignInController.class, QrLoginController.class})
class SignInErrors {

    @ExceptionHandler(CongDanSoException.class)
    ModelAndView refused(CongDanSoException e) {
        ModelAndView page = new ModelAndView("signin/error",
                e instanceof RejectedException ? HttpStatus.BAD_REQUEST : HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("code", e.code().id());
        e.remote().flatMap(RemoteDetails::remoteCode).ifPresent(remote -> page.addObject("remoteCode", remote));
        return page;
    }
}
