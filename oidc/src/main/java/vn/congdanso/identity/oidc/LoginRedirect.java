package vn.congdanso.identity.oidc;

import okhttp3.HttpUrl;

import static java.util.Objects.requireNonNull;

/**
 * The start of a login: send the browser to {@link #url()} and store {@link #pending()} in the
 * user's session until the callback.
 *
 * @param url     the authorization URL
 * @param pending what to store until the callback
 */
public record LoginRedirect(HttpUrl url, PendingLogin pending) {

    /** Validates the components. */
    public LoginRedirect {
        requireNonNull(url, "url == null");
        requireNonNull(pending, "pending == null");
    }

    /** Leaves out the URL, which carries the state and nonce. */
    @Override
    public String toString() {
        return "LoginRedirect[" + url.host() + ", " + pending + "]";
    }
}
