package vn.congdanso.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Secret;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.crypto.Hmac;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.core.time.VnTime;

/** Money, Vietnamese text, GMT+7 time, HMAC and redaction: the pieces every flow uses. */
final class CoreBasicsExample implements Example {

    @Override
    public String title() {
        return "core: money, text, time, HMAC, redaction";
    }

    @Override
    public void run(PrintStream out) {
        Vnd fee = Vnd.of(50_000).times(2).plus(Vnd.of(20_000));
        out.println("1. Two birth-certificate copies and a delivery fee cost " + fee.format()
                + "; VNPay wants it ×100: " + fee.toHundredths());

        String orderInfo = "Lệ phí đăng ký khai sinh – Xã Đoan Hùng, Phú Thọ";
        out.println("2. Gateways take ASCII only: \"" + orderInfo + "\" → \"" + VietnameseText.foldToAscii(orderInfo) + "\"");

        Clock clock = Clock.fixed(Instant.parse("2026-11-29T03:15:00Z"), VnTime.ZONE);
        out.println("3. 03:15 UTC is " + VnTime.formatCompact(clock.instant()) + " in Vietnam (yyyyMMddHHmmss, GMT+7)");

        Hmac hmac = Hmac.sha512(Secret.of("EXAMPLE_SECRET_NOT_REAL"));
        String signature = hmac.hex("vnp_Amount=12000000&vnp_TxnRef=HS-0001");
        out.println("4. HMAC-SHA512 signature: " + signature.substring(0, 16) + "… checked in constant time: "
                + hmac.matches("vnp_Amount=12000000&vnp_TxnRef=HS-0001", signature.toUpperCase()));

        String logLine = "citizen 025201012345 phone 0912345678 paid from account 0011004123456";
        out.println("5. Before logging, redact: " + Redactor.redact(logLine));

        try {
            Vnd.parse("12,000");
        } catch (RejectedException e) {
            out.println("6. Bad input is a typed error: " + e.code().id() + " at offset " + e.offset().getAsInt());
        }
    }
}
