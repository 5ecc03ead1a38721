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
 *
 * <p>Contract, as in every exported package of the SDK: unless a method says otherwise, it throws
 * {@link NullPointerException} for a null argument, naming the argument ({@code "text == null"});
 * null is a programming error, never a data error. Every other failure is a
 * {@link vn.congdanso.core.CongDanSoException} with a stable, namespaced
 * {@link vn.congdanso.core.ErrorCode#id() code}: a {@link vn.congdanso.core.RejectedException}
 * for input that must not be retried as is, an {@link vn.congdanso.core.UnavailableException} for
 * a remote service that may be retried. An {@link IllegalStateException} means a broken platform
 * or jar (a JCA algorithm every Java platform provides, or a resource bundled in the jar, is
 * missing or unreadable), never bad input. Absent values are {@link java.util.Optional}, never
 * null. Values and configured objects are immutable and thread-safe; builders are not.
 */
package vn.congdanso.identity.oidc;
