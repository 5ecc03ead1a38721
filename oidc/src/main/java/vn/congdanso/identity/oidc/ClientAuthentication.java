package vn.congdanso.identity.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;

import static java.util.Objects.requireNonNull;

/** How the client proves its identity at the token endpoint (OpenID Connect Core §9). */
public sealed interface ClientAuthentication {

    /** {@code client_secret_basic}: the secret in an HTTP Basic {@code Authorization} header. */
    static ClientAuthentication clientSecretBasic(Secret secret) {
        return new ClientSecretBasic(secret);
    }

    /** {@code client_secret_post}: the secret as a form parameter. */
    static ClientAuthentication clientSecretPost(Secret secret) {
        return new ClientSecretPost(secret);
    }

    /**
     * {@code private_key_jwt}: a short-lived JWT signed with the client's private key (RSA or EC;
     * its {@code kid}, if any, is sent) with {@code algorithm}.
     */
    static ClientAuthentication privateKeyJwt(JWK privateKey, JWSAlgorithm algorithm) {
        return new PrivateKeyJwt(privateKey, algorithm);
    }

    /**
     * {@code client_secret_basic}.
     *
     * @param secret the client secret
     */
    record ClientSecretBasic(Secret secret) implements ClientAuthentication {
        /** Validates the component. */
        public ClientSecretBasic {
            requireNonNull(secret, "secret == null");
        }
    }

    /**
     * {@code client_secret_post}.
     *
     * @param secret the client secret
     */
    record ClientSecretPost(Secret secret) implements ClientAuthentication {
        /** Validates the component. */
        public ClientSecretPost {
            requireNonNull(secret, "secret == null");
        }
    }

    /**
     * {@code private_key_jwt}.
     *
     * @param privateKey the client's private key
     * @param algorithm  the signing algorithm
     */
    record PrivateKeyJwt(JWK privateKey, JWSAlgorithm algorithm) implements ClientAuthentication {
        /** Validates the components. */
        public PrivateKeyJwt {
            requireNonNull(privateKey, "privateKey == null");
            requireNonNull(algorithm, "algorithm == null");
            if (!privateKey.isPrivate()) {
                throw new RejectedException(OidcError.BAD_CONFIGURATION,
                        "private_key_jwt needs a private key");
            }
        }

        /** Never shows the key. */
        @Override
        public String toString() {
            return "PrivateKeyJwt[kid=" + privateKey.getKeyID() + ", alg=" + algorithm + "]";
        }
    }
}
