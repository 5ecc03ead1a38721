package vn.congdanso.examples;

import java.io.PrintStream;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.payments.vietqr.Bank;
import vn.congdanso.payments.vietqr.BankDirectory;
import vn.congdanso.payments.vietqr.VietQr;
import vn.congdanso.payments.vietqr.VietQrWarning;

/** A commune desk collects a fee by VietQR, reads a code a citizen shows, and meets a non-strict code. */
final class VietQrExample implements Example {

    private static final String COMMUNE_ACCOUNT = "0011001932418";

    @Override
    public String title() {
        return "payments: VietQR for a commune fee";
    }

    @Override
    public void run(PrintStream out) {
        Bank bank = BankDirectory.bundled().byCode("ICB").orElseThrow();
        out.println("1. The commune's treasury account is at " + bank.shortName() + " (BIN " + bank.bin()
                + ", SWIFT " + bank.swiftCode().orElse("-") + "), from the bundled bank list v"
                + BankDirectory.bundled().version());

        VietQr fee = VietQr.builder().bank(bank).account(COMMUNE_ACCOUNT).amount(Vnd.of(50_000))
                .merchantName("UBND Xã Đoan Hùng").merchantCity("Phú Thọ")
                .billNumber("HT-2026-000123").purpose("Phí trích lục khai sinh").build();
        out.println("2. Dynamic VietQR for the birth-extract fee of " + fee.amount().orElseThrow().format()
                + " (text folded to ASCII; warnings: " + fee.warnings().size() + "):");
        out.println("   " + fee.toPayload());

        String presented = "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F";
        VietQr citizen = VietQr.parse(presented);
        out.println("3. A citizen shows a static code to be refunded to: " + citizen.bank().map(Bank::shortName).orElse("unknown bank")
                + ", account " + Redactor.maskKeepingLast4(citizen.account().orElseThrow())
                + ", " + citizen.pointOfInitiation().orElseThrow().label() + ", amount typed by the payer");

        String wallet = presented.substring(0, presented.length() - 4) + "ae9f";
        try {
            VietQr.parse(wallet);
            throw new IllegalStateException("strict parsing should refuse a lower-case CRC");
        } catch (RejectedException e) {
            out.println("4. Strict parsing refuses a wallet's code: " + e.code().id() + " at offset " + e.offset().getAsInt());
        }
        VietQr lenient = VietQr.parseLenient(wallet);
        out.println("5. Lenient parsing accepts it and says why it is not strict:");
        for (VietQrWarning warning : lenient.warnings()) {
            out.println("   " + warning.rule().id() + warning.offset().stream().mapToObj(at -> " at offset " + at)
                    .findFirst().orElse("") + ": " + warning.message());
        }
    }
}
