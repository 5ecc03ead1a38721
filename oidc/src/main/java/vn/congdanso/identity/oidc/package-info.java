/**
 * Sign-in with VNeID through the national single sign-on, or any standard OpenID Connect
 * provider.
 *
 * <p>The flow: build an {@link vn.congdanso.identity.oidc.OidcClient} from the provider's
 * {@link vn.congdanso.identity.oidc.ProviderMetadata} (discovered or set by hand); call
 * {@code beginLogin} and store the returned {@link vn.congdanso.identity.oidc.PendingLogin} in the
 * user's session while redirecting the browser; on the callback, call {@code completeLogin} with
 * the stored record and the callback's parameters. The result carries the verified ID token and
 * the citizen's {@link vn.congdanso.identity.oidc.CitizenIdentity}. Every failure is a
 * {@link vn.congdanso.core.RejectedException} (the token or callback is bad: never retry) or an
 * {@link vn.congdanso.core.UnavailableException} (the provider is down: may retry), with an
 * {@link vn.congdanso.identity.oidc.OidcError} or transport code.
 */
package vn.congdanso.identity.oidc;
