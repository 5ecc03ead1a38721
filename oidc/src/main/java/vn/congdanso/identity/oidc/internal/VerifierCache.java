package vn.congdanso.identity.oidc.internal;

import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.oidc.OidcError;

/**
 * nimbus's {@link JWSVerificationKeySelector}, pinned to the allow-list, that remembers the
 * verifier built for each JWK: converting a JWK to a Java key on every token costs about as
 * much as the claims checks together. Keys come from the JWK source on every call, so a rotated
 * set takes effect at once; the memo only maps a JWK (by value) to its verifier and is cleared
 * when it outgrows a few key sets. Thread-safe.
 */
public final class VerifierCache extends JWSVerificationKeySelector<SecurityContext> {

    private static final int MAX_ENTRIES = 4 * KeySets.MAX_KEYS;
    private static final DefaultJWSVerifierFactory FACTORY = new DefaultJWSVerifierFactory();

    private final Map<JWK, List<JWSVerifier>> verifiers = new ConcurrentHashMap<>();

    /** A selector for {@code algorithms} over {@code keys}. */
    public VerifierCache(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
        super(algorithms, keys);
    }

    /**
     * The verifiers of the keys that may have signed a token with {@code header}: empty when the
     * algorithm is not allowed or no key matches.
     */
    public List<JWSVerifier> verifiers(JWSHeader header) throws KeySourceException {
        JWKMatcher matcher = isAllowed(header.getAlgorithm()) ? createJWKMatcher(header) : null;
        if (matcher == null) {
            return List.of();
        }
        List<JWSVerifier> found = new ArrayList<>();
        for (JWK jwk : getJWKSource().get(new JWKSelector(matcher), null)) {
            found.addAll(verifiers.computeIfAbsent(jwk, key -> build(header, key)));
        }
        if (verifiers.size() > MAX_ENTRIES) {
            verifiers.clear();
        }
        return found;
    }

    private static List<JWSVerifier> build(JWSHeader header, JWK jwk) {
        List<JWSVerifier> built = new ArrayList<>();
        for (Key key : KeyConverter.toJavaKeys(List.of(jwk))) {
            try {
                built.add(FACTORY.createJWSVerifier(header, key));
            } catch (JOSEException e) {
                throw new RejectedException(OidcError.UNKNOWN_KEY, "a provider key cannot verify this algorithm", e);
            }
        }
        return List.copyOf(built);
    }
}
