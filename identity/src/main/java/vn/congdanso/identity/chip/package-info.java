/**
 * Server-side verification of the data read from the chip of the Vietnamese citizen ID card:
 * EF.SOD, DG1 (MRZ), DG2 (face), DG13 (personal data), DG14 and DG15, and passive authentication
 * against a {@link vn.congdanso.identity.chip.CscaTrustStore}. Start at
 * {@link vn.congdanso.identity.chip.PassiveAuthenticator}. The parsed data groups are reachable only
 * through a {@link vn.congdanso.identity.chip.VerifiedChip}.
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
package vn.congdanso.identity.chip;
