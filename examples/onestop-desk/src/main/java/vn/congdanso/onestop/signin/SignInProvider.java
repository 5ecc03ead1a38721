package vn.congdanso.onestop.signin;

import vn.congdanso.identity.oidc.OidcClient;

/**
 * Where "Đăng nhập bằng VNeID" goes: the provider configured with {@code OIDC_ISSUER} (the
 * starter's {@link OidcClient}) or the built-in development provider.
 */
public interface SignInProvider {

    /** The SDK's client for the provider; for the development provider, available once the server listens. */
    OidcClient client();

    /** Whether this is the built-in development provider, which pages must label as such. */
    boolean development();
}
