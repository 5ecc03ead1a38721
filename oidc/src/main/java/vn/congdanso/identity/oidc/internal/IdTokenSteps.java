package vn.congdanso.identity.oidc.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.crypto.ConstantTime;
import vn.congdanso.identity.oidc.OidcError;

/**
 * The ID-token validation steps, in the order {@code IdTokenValidator} runs them. Each either
 * returns or throws a {@link RejectedException} whose code names the step.
 */
public final class IdTokenSteps {

    private IdTokenSteps() {
    }

    /** Step 1: refuses a token longer than {@code maxLength} before parsing it. */
    public static void checkSize(String token, int maxLength) {
        if (token.length() > maxLength) {
            throw new RejectedException(OidcError.TOO_LARGE_TOKEN,
                    "the ID token has " + token.length() + " characters, more than " + maxLength);
        }
    }

    /** Step 2: parses a compact JWS and its claims; {@code alg: none} and JWE are refused. */
    public static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new RejectedException(OidcError.BAD_TOKEN, "the ID token is not a compact JWT", e);
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new RejectedException(OidcError.UNSUPPORTED_ALGORITHM,
                    "the ID token is not signed (alg " + jwt.getHeader().getAlgorithm() + ")");
        }
        claims(signed);
        return signed;
    }

    /** Step 3: the header's algorithm must be on the allow-list. */
    public static void checkAlgorithm(JWSHeader header, Set<JWSAlgorithm> allowed) {
        if (!allowed.contains(header.getAlgorithm())) {
            throw new RejectedException(OidcError.UNSUPPORTED_ALGORITHM,
                    "the ID token's algorithm " + printable(header.getAlgorithm().getName()) + " is not allowed");
        }
    }

    /** Step 4: verifiers for the provider's keys that may have signed a token with this header. */
    public static List<JWSVerifier> selectKeys(JWSHeader header, VerifierCache keys) {
        List<JWSVerifier> verifiers;
        try {
            verifiers = keys.verifiers(header);
        } catch (KeySourceException e) {
            throw new RejectedException(OidcError.UNKNOWN_KEY, "the provider's keys could not be read", e);
        }
        if (verifiers.isEmpty()) {
            throw new RejectedException(OidcError.UNKNOWN_KEY,
                    "no provider key matches the ID token's kid and algorithm");
        }
        return verifiers;
    }

    /** Step 5: one of {@code verifiers} must verify the signature. */
    public static void checkSignature(SignedJWT jwt, List<JWSVerifier> verifiers) {
        for (JWSVerifier verifier : verifiers) {
            try {
                if (jwt.verify(verifier)) {
                    return;
                }
            } catch (JOSEException | IllegalStateException e) {
                throw new RejectedException(OidcError.BAD_SIGNATURE, "the ID token's signature could not be checked", e);
            }
        }
        throw new RejectedException(OidcError.BAD_SIGNATURE, "the ID token's signature does not verify");
    }

    /** The parsed claims; {@link OidcError#BAD_TOKEN} when they are not a JSON object with unique names. */
    public static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new RejectedException(OidcError.BAD_TOKEN, "the ID token's claims are not a JSON object with unique names", e);
        }
    }

    /** Step 6: {@code iss} equals the configured issuer exactly. */
    public static void checkIssuer(JWTClaimsSet claims, String issuer) {
        if (!issuer.equals(claims.getIssuer())) {
            throw new RejectedException(OidcError.ISSUER_MISMATCH, "the ID token was issued by another issuer");
        }
    }

    /** Step 7: {@code aud} contains the client id. */
    public static void checkAudience(JWTClaimsSet claims, String clientId) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new RejectedException(OidcError.AUDIENCE_MISMATCH, "the ID token is not addressed to this client");
        }
    }

    /** Step 8: {@code azp}, required with several audiences, equals the client id. */
    public static void checkAuthorizedParty(JWTClaimsSet claims, String clientId) {
        Object azp = claims.getClaim("azp");
        boolean several = claims.getAudience().size() > 1;
        if ((several && azp == null) || (azp != null && !clientId.equals(azp))) {
            throw new RejectedException(OidcError.AUTHORIZED_PARTY_MISMATCH,
                    "the ID token's authorized party is not this client");
        }
    }

    /** Step 9: {@code exp} is present and {@code now} is before it (plus the skew). */
    public static Instant checkExpiry(JWTClaimsSet claims, Instant now, Duration skew) {
        Instant exp = instant(claims, "exp", OidcError.EXPIRED)
                .orElseThrow(() -> new RejectedException(OidcError.EXPIRED, "the ID token has no exp"));
        if (!now.isBefore(exp.plus(skew))) {
            throw new RejectedException(OidcError.EXPIRED, "the ID token expired at " + exp);
        }
        return exp;
    }

    /** Step 10: {@code iat} is present and not after {@code now} (plus the skew). */
    public static Instant checkIssuedAt(JWTClaimsSet claims, Instant now, Duration skew) {
        Instant iat = instant(claims, "iat", OidcError.BAD_ISSUED_AT)
                .orElseThrow(() -> new RejectedException(OidcError.BAD_ISSUED_AT, "the ID token has no iat"));
        if (iat.isAfter(now.plus(skew))) {
            throw new RejectedException(OidcError.BAD_ISSUED_AT, "the ID token claims to be issued in the future, at " + iat);
        }
        return iat;
    }

    /** Step 11: {@code nbf}, when present, is not after {@code now} (plus the skew). */
    public static void checkNotBefore(JWTClaimsSet claims, Instant now, Duration skew) {
        Optional<Instant> nbf = instant(claims, "nbf", OidcError.BAD_NOT_BEFORE);
        if (nbf.isPresent() && nbf.get().isAfter(now.plus(skew))) {
            throw new RejectedException(OidcError.BAD_NOT_BEFORE, "the ID token is not valid before " + nbf.get());
        }
    }

    /** Step 12: {@code nonce} equals the expected one, compared in constant time. */
    public static void checkNonce(JWTClaimsSet claims, Optional<String> expected) {
        if (expected.isEmpty()) {
            return;
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String text) || !ConstantTime.equals(
                text.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8))) {
            throw new RejectedException(OidcError.NONCE_MISMATCH, "the ID token's nonce is not the one sent with the login");
        }
    }

    /** Step 13: {@code acr} is a known level at least {@code required}; {@code levels} lowest first. */
    public static Optional<String> checkAcr(JWTClaimsSet claims, Optional<String> required, List<String> levels) {
        Object acr = claims.getClaim("acr");
        Optional<String> value = acr instanceof String text ? Optional.of(text) : Optional.empty();
        if (required.isEmpty()) {
            return value;
        }
        int needed = levels.indexOf(required.get());
        int reached = value.map(levels::indexOf).orElse(-1);
        if (needed < 0 || reached < needed) {
            throw new RejectedException(OidcError.TOO_LOW_ASSURANCE, "the ID token's assurance level "
                    + value.map(IdTokenSteps::printable).orElse("(none)") + " is below the required " + required.get());
        }
        return value;
    }

    /** Step 14: with {@code max_age}, {@code auth_time} is present and recent enough. */
    public static Optional<Instant> checkAuthTime(JWTClaimsSet claims, Optional<Duration> maxAge, Instant now,
            Duration skew) {
        Optional<Instant> authTime = instant(claims, "auth_time", OidcError.TOO_OLD_AUTHENTICATION);
        if (maxAge.isEmpty()) {
            return authTime;
        }
        if (authTime.isEmpty() || now.isAfter(authTime.get().plus(maxAge.get()).plus(skew))) {
            throw new RejectedException(OidcError.TOO_OLD_AUTHENTICATION,
                    "the citizen authenticated longer ago than max_age " + maxAge.get().toSeconds() + " s");
        }
        return authTime;
    }

    private static Optional<Instant> instant(JWTClaimsSet claims, String name, OidcError code) {
        try {
            Date date = claims.getDateClaim(name);
            return Optional.ofNullable(date).map(Date::toInstant);
        } catch (ParseException e) {
            throw new RejectedException(code, "the ID token's " + name + " is not a number of seconds", e);
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 32 ? text.substring(0, 32) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
