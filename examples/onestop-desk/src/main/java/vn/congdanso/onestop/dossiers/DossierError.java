package vn.congdanso.onestop.dossiers;

import vn.congdanso.core.ErrorCode;

/** The desk's own reasons for refusing a dossier request, beside the SDK's. */
public enum DossierError implements ErrorCode {
    /** No dossier with the code asked for was received at this desk. */
    UNKNOWN_DOSSIER,
    /** The intake form held neither a card QR text nor a photo of it. */
    MISSING_CARD,
    /** The receipt check held neither a receipt text nor a photo of its QR code. */
    MISSING_RECEIPT,
    /** The optional phone number was not a Vietnamese number ({@code 0} or {@code +84} and nine digits). */
    BAD_PHONE;

    /** {@code "dossier"}. */
    @Override
    public String namespace() {
        return "dossier";
    }
}
