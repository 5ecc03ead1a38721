/**
 * Flow 2: dossier intake. The applicant's name and ID number come from the chip card's QR code
 * (pasted, or read from a photo with the qr module) parsed by the identity module; the dossier
 * gets a {@code DossierCode} numbered by the database and a receipt signed with the starter's
 * {@code ReceiptSigner}; its status is served under the REST contract at
 * {@code /api/v1/dossiers/{code}}.
 */
package vn.congdanso.onestop.dossiers;
