package vn.congdanso.payments.vietqr;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.payments.emv.DataObject;
import vn.congdanso.payments.emv.EmvError;
import vn.congdanso.payments.emv.EmvPayload;

/**
 * Reads the VietQR fields of a valid EMVCo payload and checks the NAPAS profile, recording each
 * rule broken as a warning. A missing data object is reported at the offset of the CRC, where it
 * should have appeared before. Messages name fields only: values may be personal data.
 */
final class ProfileReader {

    static final String NAPAS_GUID = "A000000727";
    static final int NAPAS_TEMPLATE = 38;
    private static final int MAX_AMOUNT = 13;
    private static final int MAX_ACCOUNT = 19;
    private static final int MAX_ADDITIONAL = 25;
    private static final int MAX_NAME = 25;
    private static final int MAX_CITY = 15;

    private final EmvPayload payload;
    private final List<VietQrWarning> warnings;
    private String bin;
    private String account;
    private String service;

    private ProfileReader(EmvPayload payload, List<VietQrWarning> warnings) {
        this.payload = payload;
        this.warnings = warnings;
    }

    /** The VietQR view of {@code payload}, with {@code initial} warnings first (from the builder). */
    static VietQr read(EmvPayload payload, List<VietQrWarning> initial) {
        ProfileReader reader = new ProfileReader(payload, new ArrayList<>(initial));
        return reader.read();
    }

    private VietQr read() {
        checkCrcCase();
        readNapasAccount();
        for (DataObject object : payload.objects()) {
            checkObject(object);
        }
        checkFixed(53, "704", VietQrRule.BAD_CURRENCY, "currency (ID 53) must be present and 704 (VND)");
        checkFixed(58, "VN", VietQrRule.BAD_COUNTRY, "country (ID 58) must be present and VN");
        PointOfInitiation initiation = payload.value(1).map(PointOfInitiation::ofCode).orElse(null);
        return new VietQr(payload, initiation, bin, account, service, amount(), List.copyOf(warnings));
    }

    private void checkCrcCase() {
        String crc = payload.crc();
        for (int i = 0; i < crc.length(); i++) {
            if (crc.charAt(i) >= 'a' && crc.charAt(i) <= 'f') {
                warn(VietQrRule.CRC_LOWERCASE, last(), "CRC hex digits must be upper case");
                return;
            }
        }
    }

    private void readNapasAccount() {
        DataObject napas = payload.find(NAPAS_TEMPLATE).orElse(null);
        if (napas == null) {
            warn(VietQrRule.NO_NAPAS_ACCOUNT, last(), "no NAPAS account template (ID 38)");
            return;
        }
        DataObject beneficiary = napas.child(1).flatMap(DataObject::asTemplate).orElse(null);
        if (beneficiary != null) {
            bin = beneficiary.childValue(0).orElse(null);
            account = beneficiary.childValue(1).orElse(null);
            readNestedService(beneficiary);
            warnUnknownSubTags(beneficiary, 0, 2, "38.01");
        }
        napas.childValue(2).ifPresent(code -> service = code);
        warnUnknownSubTags(napas, 0, 2, "38");
        boolean napasGuid = napas.childValue(0).filter(NAPAS_GUID::equals).isPresent();
        if (!napasGuid || bin == null || !isDigits(bin, 6) || account == null || account.isEmpty()
                || length(account) > MAX_ACCOUNT) {
            warn(VietQrRule.NO_NAPAS_ACCOUNT, napas.offset(),
                    "ID 38 needs GUID A000000727 and a 01 template with a 6-digit BIN and a 1-19 character account");
        }
        if (account != null && length(account) > MAX_ACCOUNT) {
            warn(VietQrRule.FIELD_TOO_LONG, napas.offset(), "account is longer than 19 characters");
        }
        if (service != null && ServiceCode.ofCode(service).isEmpty()) {
            warn(VietQrRule.BAD_SERVICE_CODE, napas.offset(), "service code must be QRIBFTTA, QRIBFTTC, QRPUSH or QRCASH");
        }
    }

    private void readNestedService(DataObject beneficiary) {
        beneficiary.child(2).ifPresent(nested -> {
            warn(VietQrRule.NESTED_SERVICE_CODE, nested.offset(), "service code found in 38.01.02 instead of 38.02");
            service = nested.value();
        });
    }

    private void checkObject(DataObject object) {
        int tag = object.tag();
        if (tag >= 26 && tag <= 51) {
            checkAccountTemplate(object);
        } else if (tag >= 80) {
            if (!object.isTemplate() || object.child(0).isEmpty()) {
                warn(VietQrRule.UNRESERVED_NOT_TLV, object.offset(), "template " + object.id() + " is not TLV with a sub-ID 00");
            }
        } else if (tag >= 65 && tag <= 79) {
            warn(VietQrRule.UNKNOWN_TAG, object.offset(), "ID " + object.id() + " is reserved for future use");
        } else if (tag == 62) {
            checkAdditionalData(object);
        }
        if (tag != 64 && !isAscii(object.value())) {
            warn(VietQrRule.NON_ASCII, object.offset(), "ID " + object.id() + " holds non-ASCII text");
        }
        checkLength(object, 54, MAX_AMOUNT, "amount (ID 54)");
        checkLength(object, 59, MAX_NAME, "merchant name (ID 59)");
        checkLength(object, 60, MAX_CITY, "merchant city (ID 60)");
    }

    private void checkAccountTemplate(DataObject template) {
        if (!template.isTemplate()) {
            warn(VietQrRule.BAD_TEMPLATE, template.offset(), "template " + template.id() + " does not split into data objects");
            return;
        }
        String guid = template.childValue(0).orElse("");
        if (!isAid(guid) && !isReverseDomain(guid)) {
            warn(VietQrRule.BAD_GUID, template.offset(),
                    "template " + template.id() + " needs a sub-ID 00 holding an AID or a reverse domain name");
        }
    }

    private void checkAdditionalData(DataObject additional) {
        for (DataObject sub : additional.children()) {
            if (length(sub.value()) > MAX_ADDITIONAL) {
                warn(VietQrRule.FIELD_TOO_LONG, sub.offset(), "additional data 62." + sub.id() + " is longer than 25 characters");
            }
            if (sub.tag() < 1 || sub.tag() > 9) {
                warn(VietQrRule.UNKNOWN_SUB_TAG, sub.offset(), "additional data sub-ID " + sub.id() + " is not one VietQR defines");
            }
        }
    }

    private void checkLength(DataObject object, int tag, int max, String field) {
        if (object.tag() == tag && length(object.value()) > max) {
            warn(VietQrRule.FIELD_TOO_LONG, object.offset(), field + " is longer than " + max + " characters");
        }
    }

    private void checkFixed(int tag, String expected, VietQrRule rule, String message) {
        DataObject object = payload.find(tag).orElse(null);
        if (object == null || !expected.equals(object.value())) {
            warn(rule, object == null ? last() : object.offset(), message);
        }
    }

    private void warnUnknownSubTags(DataObject template, int first, int lastKnown, String where) {
        for (DataObject sub : template.children()) {
            if (sub.tag() < first || sub.tag() > lastKnown) {
                warn(VietQrRule.UNKNOWN_SUB_TAG, sub.offset(), where + " sub-ID " + sub.id() + " is not one VietQR defines");
            }
        }
    }

    private Vnd amount() {
        DataObject amount = payload.find(54).orElse(null);
        if (amount == null) {
            return null;
        }
        String value = amount.value();
        int dot = value.indexOf('.');
        String whole = dot < 0 ? value : value.substring(0, dot);
        for (int i = dot + 1; dot >= 0 && i < value.length(); i++) {
            if (value.charAt(i) != '0') {
                throw badAmount(amount, "a VND amount has no decimals");
            }
        }
        if (whole.length() > 18) {
            throw badAmount(amount, "amount is too large");
        }
        return Vnd.of(Long.parseLong(whole));
    }

    private static RejectedException badAmount(DataObject amount, String message) {
        return RejectedException.atOffset(EmvError.BAD_AMOUNT, message, amount.offset().orElse(0) + 4);
    }

    private OptionalInt last() {
        return payload.objects().get(payload.objects().size() - 1).offset();
    }

    private void warn(VietQrRule rule, OptionalInt offset, String message) {
        warnings.add(new VietQrWarning(rule, offset, message));
    }

    static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAid(String guid) {
        if (guid.length() < 10 || guid.length() > 32) {
            return false;
        }
        for (int i = 0; i < guid.length(); i++) {
            if (Character.digit(guid.charAt(i), 16) < 0 || guid.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReverseDomain(String guid) {
        int labels = 0;
        int labelLength = 0;
        for (int i = 0; i < guid.length(); i++) {
            char c = guid.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labels++;
                labelLength = 0;
            } else if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-')) {
                labelLength++;
            } else {
                return false;
            }
        }
        return labelLength > 0 && labels >= 1;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
