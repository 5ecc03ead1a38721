package vn.congdanso.identity.mrz;

/** Writes MRZ lines from field values, for round-trip and corruption tests. */
final class MrzFormatter {

    private MrzFormatter() {
    }

    /** The three TD1 lines of a Vietnamese chip ID card. */
    static String vietnameseTd1(String idNumber, String birth, char sex, String expiry, String surname, String given) {
        String documentNumber = idNumber.substring(3);
        String line1 = "IDVNM" + documentNumber + CheckDigit.charOf(documentNumber) + idNumber + "<<"
                + CheckDigit.charOf(idNumber);
        String upper = line1.substring(5, 30);
        String line2start = birth + CheckDigit.charOf(birth) + sex + expiry + CheckDigit.charOf(expiry) + "VNM";
        String optional2 = "<".repeat(11);
        String composite = upper + line2start.substring(0, 7) + line2start.substring(8, 15) + optional2;
        String line2 = line2start + optional2 + CheckDigit.charOf(composite);
        return line1 + "\n" + line2 + "\n" + pad(name(surname, given), 30);
    }

    /**
     * The three TD1 lines of a generic ID document. A {@code number} longer than nine characters is
     * written as ICAO 9303 part 5 lays it out: nine characters, {@code <}, then the rest and the
     * check digit at the start of the optional data.
     */
    static String td1(String code, String state, String number, String birth, char sex, String expiry,
            String surname, String given) {
        String numberAndCheck = number.length() <= 9 ? pad(number, 9) + CheckDigit.charOf(pad(number, 9))
                : number.substring(0, 9) + "<" + number.substring(9) + CheckDigit.charOf(number);
        String line1 = pad(pad(code, 2) + state + numberAndCheck, 30);
        String line2start = birth + CheckDigit.charOf(birth) + sex + expiry + CheckDigit.charOf(expiry) + state;
        String optional2 = "<".repeat(11);
        String composite = line1.substring(5, 30) + line2start.substring(0, 7) + line2start.substring(8, 15) + optional2;
        String line2 = line2start + optional2 + CheckDigit.charOf(composite);
        return line1 + "\n" + line2 + "\n" + pad(name(surname, given), 30);
    }

    /** The two TD3 lines of a passport. */
    static String td3(String state, String surname, String given, String number, String nationality, String birth,
            char sex, String expiry, String personal) {
        String line1 = pad("P<" + state + name(surname, given), 44);
        String paddedNumber = pad(number, 9);
        String paddedPersonal = pad(personal, 14);
        String line2 = paddedNumber + CheckDigit.charOf(paddedNumber) + nationality + birth + CheckDigit.charOf(birth)
                + sex + expiry + CheckDigit.charOf(expiry) + paddedPersonal + CheckDigit.charOf(paddedPersonal);
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return line1 + "\n" + line2 + CheckDigit.charOf(composite);
    }

    static String name(String surname, String given) {
        return surname.replace(' ', '<') + "<<" + given.replace(' ', '<');
    }

    static String pad(String text, int length) {
        return text.length() >= length ? text.substring(0, length) : text + "<".repeat(length - text.length());
    }
}
