/**
 * Flow 4, sign-in: "Đăng nhập bằng VNeID" through the SDK's OpenID Connect client (PKCE, state,
 * nonce, assurance level LoA2) against the configured provider or the built-in development
 * provider ({@link vn.congdanso.onestop.signin.devprovider}), the signed-in citizen kept in the
 * HTTP session, and QR login (a desk page shows a QR, a phone signs in through it).
 */
package vn.congdanso.onestop.signin;
