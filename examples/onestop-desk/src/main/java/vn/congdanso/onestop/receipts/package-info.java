/**
 * Flow 2, the other side: verifying a dossier receipt, pasted or photographed, with the
 * starter's {@code ReceiptVerifier}.
 */
package vn.congdanso.onestop.receipts;
