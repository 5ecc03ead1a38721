package vn.congdanso.payments.emv;

/** Payloads for tests, with a correct CRC appended. */
public final class TestPayloads {

    /** The NAPAS worked example (dynamic transfer to account, Sacombank). */
    public static final String NAPAS_DYNAMIC =
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E";

    private TestPayloads() {
    }

    /** {@code body} followed by {@code 6304} and its CRC in upper-case hex. */
    public static String withCrc(String body) {
        String head = body + "6304";
        return head + Crc16.toHex(Crc16.of(head));
    }

    /** The payload written again from its data objects alone (not from the text it was read from). */
    public static String rebuild(EmvPayload payload) {
        StringBuilder out = new StringBuilder();
        payload.objects().forEach(object -> out.append(object.encode()));
        return out.toString();
    }

    /** A data object written as ID, two-digit length (in code points), value. */
    public static String tlv(String id, String value) {
        int length = value.codePointCount(0, value.length());
        return id + (length < 10 ? "0" : "") + length + value;
    }
}
