package vn.congdanso.onestop.signin;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.oidc.LoginOptions;
import vn.congdanso.identity.oidc.LoginRedirect;
import vn.congdanso.identity.oidc.LoginResult;
import vn.congdanso.identity.oidc.OidcError;
import vn.congdanso.identity.oidc.PendingLogin;

/**
 * The two halves of a sign-in through the SDK's {@link vn.congdanso.identity.oidc.OidcClient}:
 * {@link #begin} asks for assurance level {@value #LEVEL} and keeps the {@link PendingLogin}
 * (state, nonce, PKCE verifier) in the HTTP session; {@link #complete} takes it out again (so a
 * callback works once) and lets the SDK check the state, exchange the code with the verifier and
 * verify the ID token (signature, issuer, audience, expiry, nonce, level).
 */
@Component
class SignInFlow {

    /** The assurance level the desk requires: VNeID level 2. */
    static final String LEVEL = "LoA2";
    static final String PENDING_ATTRIBUTE = "onestop.signin.pending";
    private static final Logger LOG = LoggerFactory.getLogger(SignInFlow.class);

    private final SignInProvider provider;
    private final QrLogins qrLogins;
    private final Clock clock;

    SignInFlow(SignInProvider provider, QrLogins qrLogins, Clock clock) {
        this.provider = provider;
        this.qrLogins = qrLogins;
        this.clock = clock;
    }

    /** A sign-in in progress: the SDK's pending login and, for a phone approving a QR login, its id. */
    record Pending(PendingLogin login, Optional<String> qrId) {
        Pending {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(qrId, "qrId");
        }
    }

    /** A verified sign-in: the citizen, and the QR login it approves, if it came from a scan. */
    record Completed(SignedInCitizen citizen, Optional<String> qrId) {
    }

    /** Starts a sign-in on {@code session}; the provider's authorization URL to send the browser to. */
    String begin(HttpSession session, Optional<String> qrId, Locale locale) {
        LoginRedirect redirect = provider.client().beginLogin(LoginOptions.defaults().withAcr(LEVEL)
                .withUiLocales(locale.getLanguage().equals("en") ? "en" : "vi"));
        session.setAttribute(PENDING_ATTRIBUTE, new Pending(redirect.pending(), qrId));
        return redirect.url().toString();
    }

    /**
     * Completes the sign-in pending on {@code session} with the callback's query parameters.
     *
     * @throws RejectedException {@link OidcError#STATE_MISMATCH} when no sign-in is pending in this
     *                           session, else whatever the SDK refuses (state, provider error, code, token);
     *                           a provider's refusal of a QR login's sign-in ({@code access_denied}) denies that QR login
     */
    Completed complete(HttpSession session, Map<String, String> callback) {
        Object stored = session.getAttribute(PENDING_ATTRIBUTE);
        session.removeAttribute(PENDING_ATTRIBUTE);
        if (!(stored instanceof Pending pending)) {
            throw new RejectedException(OidcError.STATE_MISMATCH, "no sign-in is pending in this browser session");
        }
        try {
            LoginResult result = provider.client().completeLogin(pending.login(), callback);
            SignedInCitizen citizen = SignedInCitizen.from(result.citizen(), clock.instant(), pending.qrId().isPresent());
            LOG.info("signed in {} at {}", citizen, result.idToken().issuer());
            return new Completed(citizen, pending.qrId());
        } catch (RejectedException e) {
            LOG.info("sign-in refused: {}", e.code().id());
            if (e.code() == OidcError.BAD_CALLBACK) {
                pending.qrId().ifPresent(id -> qrLogins.deny(id, clock.instant()));
            }
            throw e;
        }
    }
}
