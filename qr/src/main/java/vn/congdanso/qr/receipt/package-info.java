/**
 * Signed dossier receipts in the {@code VNR1} format ({@code docs/receipt-format.md}):
 * {@link vn.congdanso.qr.receipt.ReceiptSigner} at the desk,
 * {@link vn.congdanso.qr.receipt.ReceiptVerifier} offline anywhere. Verification returns a
 * {@link vn.congdanso.qr.receipt.VerifiedReceipt} or throws a
 * {@link vn.congdanso.core.RejectedException} whose
 * {@link vn.congdanso.qr.receipt.ReceiptError} names the failed step; expiry is checked against
 * an injected {@link java.time.Clock}. The applicant's ID number never enters a receipt, a log
 * line or a message.
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
package vn.congdanso.qr.receipt;
