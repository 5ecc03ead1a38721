package vn.congdanso.onestop.signin.devprovider;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an authorization code stands for until the token endpoint redeems it.
 *
 * @param clientId      the client it was issued to
 * @param redirectUri   the redirect URI of the authorization request, which the exchange must repeat
 * @param codeChallenge the PKCE S256 challenge the exchange's verifier must hash to
 * @param nonce         the request's nonce, echoed in the ID token
 * @param subject       the citizen's subject identifier
 * @param claims        the citizen's claims ({@code HoVaTen}, {@code SoDinhDanh}, ...)
 * @param acr           the assurance level
 * @param authTime      when the citizen signed in on the form
 */
record IssuedCode(String clientId, String redirectUri, String codeChallenge, Optional<String> nonce, String subject,
        Map<String, Object> claims, String acr, Instant authTime) {

    /** Rejects nulls and freezes the claims. */
    IssuedCode {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(codeChallenge, "codeChallenge");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(subject, "subject");
        claims = Map.copyOf(claims);
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(authTime, "authTime");
    }

    /** The client and level only: the claims are personal data. */
    @Override
    public String toString() {
        return "IssuedCode[client=" + clientId + ", acr=" + acr + "]";
    }
}
