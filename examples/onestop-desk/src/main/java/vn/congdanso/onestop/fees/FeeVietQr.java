package vn.congdanso.onestop.fees;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.congdanso.payments.vietqr.VietQr;
import vn.congdanso.qr.QrEncoder;
import vn.congdanso.qr.QrImage;

/**
 * The dynamic VietQR of a fee: the amount, and the dossier code (or the order reference) as the
 * purpose, to the desk's account: {@code VIETQR_BANK_BIN}, {@code VIETQR_ACCOUNT} and
 * {@code VIETQR_ACCOUNT_NAME}, by default a fictional sandbox account whose number (letters and
 * digits) no bank holds.
 */
@Component
class FeeVietQr {

    static final String DEFAULT_BANK_BIN = "970436";
    static final String DEFAULT_ACCOUNT = "SANDBOX0000001";
    static final String DEFAULT_ACCOUNT_NAME = "UBND XA THU NGHIEM";

    private final String bankBin;
    private final String account;
    private final String accountName;
    private final QrEncoder encoder = QrEncoder.standard();

    FeeVietQr(Environment environment) {
        this.bankBin = environment.getProperty("VIETQR_BANK_BIN", DEFAULT_BANK_BIN);
        this.account = environment.getProperty("VIETQR_ACCOUNT", DEFAULT_ACCOUNT);
        this.accountName = environment.getProperty("VIETQR_ACCOUNT_NAME", DEFAULT_ACCOUNT_NAME);
    }

    /** The VietQR payload (EMVCo text) of {@code order}. */
    String payload(FeeOrder order) {
        return VietQr.builder().bankBin(bankBin).account(account).merchantName(accountName).amount(order.amount())
                .purpose(order.purpose()).build().toPayload();
    }

    /** The payload as an inline SVG element (no XML declaration). */
    String svg(String payload) {
        String document = QrImage.svg(encoder.encode(payload));
        return document.substring(document.indexOf("<svg"));
    }
}
