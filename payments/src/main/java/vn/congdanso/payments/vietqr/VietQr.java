package vn.congdanso.payments.vietqr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.Vnd;
import vn.congdanso.core.privacy.Redactor;
import vn.congdanso.payments.emv.DataObject;
import vn.congdanso.payments.emv.EmvError;
import vn.congdanso.payments.emv.EmvPayload;
import vn.congdanso.payments.vietqr.internal.FieldText;

import static java.util.Objects.requireNonNull;

/**
 * A VietQR code: NAPAS's profile of the EMVCo merchant-presented QR that every Vietnamese bank app
 * scans. Immutable and thread-safe. Built with {@link #builder()}, or read with {@link #parse}
 * (strict NAPAS profile) or {@link #parseLenient} (what real bank apps and wallets print).
 *
 * <p>Both parsers first require a valid EMVCo payload, deciding the error codes of
 * {@link EmvError} in their documented order (ID 38 must also split into data objects). The strict
 * parser then rejects the first broken {@linkplain VietQrRule#strict() strict rule}, with that rule
 * as the code; the lenient parser accepts it and lists every deviation in {@link #warnings()}.
 * Every failure is a {@link RejectedException} carrying the character offset.
 *
 * <p>{@link #toString()} masks the account; {@link #toPayload()} holds it in clear.
 */
public final class VietQr {

    private static final Logger LOG = LoggerFactory.getLogger(VietQr.class);

    private final EmvPayload payload;
    private final PointOfInitiation pointOfInitiation;
    private final String bankBin;
    private final String account;
    private final String serviceCode;
    private final Vnd amount;
    private final List<VietQrWarning> warnings;

    VietQr(EmvPayload payload, PointOfInitiation pointOfInitiation, String bankBin, String account,
            String serviceCode, Vnd amount, List<VietQrWarning> warnings) {
        this.payload = payload;
        this.pointOfInitiation = pointOfInitiation;
        this.bankBin = bankBin;
        this.account = account;
        this.serviceCode = serviceCode;
        this.amount = amount;
        this.warnings = warnings;
    }

    /** A builder for a new code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses {@code payload} under the strict NAPAS profile. Rejects an invalid EMVCo payload with an
     * {@link EmvError} code, then the first broken strict rule with its {@link VietQrRule} code; the
     * result may still carry warnings of non-strict rules (such as unknown sub-IDs).
     */
    public static VietQr parse(String payload) {
        VietQr qr = read(payload);
        for (VietQrWarning warning : qr.warnings) {
            if (warning.rule().strict()) {
                throw RejectedException.atOffset(warning.rule(), warning.message(), warning.offset().orElse(0));
            }
        }
        return qr;
    }

    /**
     * Parses {@code payload}, accepting what bank apps and wallets print: rejects only an invalid
     * EMVCo payload (an {@link EmvError} code) and lists every deviation from the NAPAS profile in
     * {@link #warnings()}. Accepting a code that breaks strict rules is logged at WARN with the
     * rule names only.
     */
    public static VietQr parseLenient(String payload) {
        requireNonNull(payload, "payload == null");
        VietQr qr = read(payload);
        if (!qr.isStrictValid()) {
            LOG.warn("VietQR accepted in lenient mode although it breaks NAPAS profile rules {}", qr.strictViolations());
        }
        return qr;
    }

    private static VietQr read(String payload) {
        requireNonNull(payload, "payload == null");
        return ProfileReader.read(EmvPayload.parse(payload, ProfileReader.NAPAS_TEMPLATE), List.of());
    }

    /** The payload to put in a QR code (CRC in upper-case hex). */
    public String toPayload() {
        return payload.encode();
    }

    /** The generic EMVCo view, with every data object, known or not. */
    public EmvPayload emv() {
        return payload;
    }

    /** Static (reusable) or dynamic (one transaction); empty when ID 01 is absent. */
    public Optional<PointOfInitiation> pointOfInitiation() {
        return Optional.ofNullable(pointOfInitiation);
    }

    /** The 6-digit acquirer BIN of the beneficiary's bank (38.01.00). */
    public Optional<String> bankBin() {
        return Optional.ofNullable(bankBin);
    }

    /** The beneficiary's bank, when its BIN is in the {@linkplain BankDirectory#bundled() bundled directory}. */
    public Optional<Bank> bank() {
        return bankBin().flatMap(BankDirectory.bundled()::byBin);
    }

    /** The account, card or merchant number (38.01.01). Personal data: mask before logging. */
    public Optional<String> account() {
        return Optional.ofNullable(account);
    }

    /** The service code as written (38.02, or 38.01.02 in lenient mode); empty when absent. */
    public Optional<String> serviceCode() {
        return Optional.ofNullable(serviceCode);
    }

    /** The service, when the code is one NAPAS defines. */
    public Optional<ServiceCode> service() {
        return serviceCode().flatMap(ServiceCode::ofCode);
    }

    /** The amount to pay (ID 54); empty when the payer types it in. */
    public Optional<Vnd> amount() {
        return Optional.ofNullable(amount);
    }

    /** ISO 4217 numeric currency (ID 53), {@code 704} for VND. */
    public Optional<String> currency() {
        return payload.value(53);
    }

    /** Country (ID 58), {@code VN}. */
    public Optional<String> country() {
        return payload.value(58);
    }

    /** Merchant category code (ID 52). */
    public Optional<String> merchantCategoryCode() {
        return payload.value(52);
    }

    /** Beneficiary or merchant name (ID 59). */
    public Optional<String> merchantName() {
        return payload.value(59);
    }

    /** Merchant city (ID 60). */
    public Optional<String> merchantCity() {
        return payload.value(60);
    }

    /** Bill number (62.01). */
    public Optional<String> billNumber() {
        return additional(1);
    }

    /** Reference label (62.05). */
    public Optional<String> referenceLabel() {
        return additional(5);
    }

    /** Terminal label (62.07). */
    public Optional<String> terminalLabel() {
        return additional(7);
    }

    /** Purpose of transaction (62.08): the transfer message the payer's app fills in. */
    public Optional<String> purpose() {
        return additional(8);
    }

    /** Every additional-data (ID 62) sub-ID found, two digits, to its raw value, in payload order. */
    public Map<String, String> additionalData() {
        return children(payload.find(62));
    }

    /** The alternate-language template (ID 64): sub-ID to raw value; empty when absent. */
    public Map<String, String> alternateLanguage() {
        return children(payload.find(64));
    }

    /** Each merchant account template (IDs 26–51) that splits into data objects: ID to its sub-IDs and raw values. */
    public Map<String, Map<String, String>> merchantAccountTemplates() {
        return templates(26, 51);
    }

    /** Each unreserved template (IDs 80–99): ID to its raw value. */
    public Map<String, String> unreserved() {
        Map<String, String> found = new LinkedHashMap<>();
        for (DataObject object : payload.objects()) {
            if (object.tag() >= 80) {
                found.put(object.id(), object.value());
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /** The CRC digits exactly as written. */
    public String crc() {
        return payload.crc();
    }

    /** Every deviation found while parsing or building, in the order found. */
    public List<VietQrWarning> warnings() {
        return warnings;
    }

    /** The strict rules this code breaks, each once, in the order found; empty when strictly valid. */
    public List<VietQrRule> strictViolations() {
        List<VietQrRule> rules = new ArrayList<>();
        for (VietQrWarning warning : warnings) {
            if (warning.rule().strict() && !rules.contains(warning.rule())) {
                rules.add(warning.rule());
            }
        }
        return Collections.unmodifiableList(rules);
    }

    /** Whether the code follows the strict NAPAS profile. */
    public boolean isStrictValid() {
        return strictViolations().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VietQr that && payload.equals(that.payload);
    }

    @Override
    public int hashCode() {
        return payload.hashCode();
    }

    /**
     * A summary with the account masked, safe to log; a bank BIN is shown as is unless it is long
     * enough to be an account number (the lenient parser accepts such codes), then it is masked too.
     */
    @Override
    public String toString() {
        return "VietQr[" + (pointOfInitiation == null ? "-" : pointOfInitiation.label())
                + ", bin=" + (bankBin == null ? "-" : Redactor.redact(bankBin))
                + ", account=" + (account == null ? "-" : Redactor.maskKeepingLast4(account))
                + ", amount=" + (amount == null ? "-" : amount.format()) + "]";
    }

    private Optional<String> additional(int subTag) {
        return payload.find(62).flatMap(template -> template.childValue(subTag));
    }

    private Map<String, Map<String, String>> templates(int from, int to) {
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        for (DataObject object : payload.objects()) {
            if (object.tag() >= from && object.tag() <= to && object.isTemplate()) {
                found.put(object.id(), children(Optional.of(object)));
            }
        }
        return Collections.unmodifiableMap(found);
    }

    private static Map<String, String> children(Optional<DataObject> template) {
        Map<String, String> values = new LinkedHashMap<>();
        template.ifPresent(object -> object.children().forEach(child -> values.putIfAbsent(child.id(), child.value())));
        return Collections.unmodifiableMap(values);
    }

    /**
     * Collects the fields of a new VietQR. Not thread-safe; {@link #build()} may be called more
     * than once. Required: {@link #bankBin} and {@link #account}. Text fields are folded to ASCII
     * (diacritics removed) and cut to their NAPAS limits; each fold that dropped characters and each
     * cut is reported in {@link VietQr#warnings()}, never done silently.
     */
    public static final class Builder {

        private static final long MAX_AMOUNT = 9_999_999_999_999L;
        private static final int MAX_TEXT = 25;
        private static final int MAX_CITY = 15;

        private String bankBin;
        private String account;
        private ServiceCode service = ServiceCode.TO_ACCOUNT;
        private PointOfInitiation pointOfInitiation;
        private Vnd amount;
        private String merchantCategoryCode;
        private final Map<Integer, String> texts = new LinkedHashMap<>();

        private Builder() {
        }

        /** The 6-digit acquirer BIN of the beneficiary's bank ({@code 970436} for Vietcombank). */
        public Builder bankBin(String bankBin) {
            this.bankBin = requireNonNull(bankBin, "bankBin == null");
            return this;
        }

        /** The beneficiary's bank, by its directory entry. */
        public Builder bank(Bank bank) {
            return bankBin(requireNonNull(bank, "bank == null").bin());
        }

        /** The account or card number: 1–19 ASCII letters or digits. */
        public Builder account(String account) {
            this.account = requireNonNull(account, "account == null");
            return this;
        }

        /** The service; {@link ServiceCode#TO_ACCOUNT} unless set. */
        public Builder service(ServiceCode service) {
            this.service = requireNonNull(service, "service == null");
            return this;
        }

        /** Transfer to an account ({@code QRIBFTTA}), the default. */
        public Builder toAccount() {
            return service(ServiceCode.TO_ACCOUNT);
        }

        /** Transfer to a card number ({@code QRIBFTTC}). */
        public Builder toCard() {
            return service(ServiceCode.TO_CARD);
        }

        /** Payment to a merchant ({@code QRPUSH}). */
        public Builder push() {
            return service(ServiceCode.PUSH);
        }

        /** Static or dynamic; unless set, dynamic when an amount is given and static otherwise. */
        public Builder pointOfInitiation(PointOfInitiation pointOfInitiation) {
            this.pointOfInitiation = requireNonNull(pointOfInitiation, "pointOfInitiation == null");
            return this;
        }

        /** The amount to pay, at most 13 digits. */
        public Builder amount(Vnd amount) {
            this.amount = requireNonNull(amount, "amount == null");
            return this;
        }

        /** The 4-digit merchant category code (ID 52); omitted unless set. */
        public Builder merchantCategoryCode(String mcc) {
            this.merchantCategoryCode = requireNonNull(mcc, "mcc == null");
            return this;
        }

        /** The beneficiary or merchant name (ID 59), folded to ASCII, at most 25 characters. */
        public Builder merchantName(String name) {
            return text(59, name);
        }

        /** The merchant city (ID 60), folded to ASCII, at most 15 characters. */
        public Builder merchantCity(String city) {
            return text(60, city);
        }

        /** The bill number (62.01), folded to ASCII, at most 25 characters. */
        public Builder billNumber(String billNumber) {
            return text(101, billNumber);
        }

        /** The reference label (62.05), folded to ASCII, at most 25 characters. */
        public Builder referenceLabel(String reference) {
            return text(105, reference);
        }

        /** The terminal label (62.07), folded to ASCII, at most 25 characters. */
        public Builder terminalLabel(String terminal) {
            return text(107, terminal);
        }

        /** The purpose of the transaction (62.08), folded to ASCII, at most 25 characters. */
        public Builder purpose(String purpose) {
            return text(108, purpose);
        }

        /**
         * The code. Rejects with {@link VietQrError#BAD_FIELD} a missing or malformed BIN or
         * account, an amount over 13 digits, a malformed MCC, a text field with nothing left after
         * folding to ASCII, or additional data (ID 62) over 99 characters in total.
         */
        public VietQr build() {
            checkRequired();
            List<VietQrWarning> warnings = new ArrayList<>();
            List<DataObject> objects = new ArrayList<>(12);
            objects.add(DataObject.of(0, "01"));
            objects.add(DataObject.of(1, initiation().code()));
            objects.add(napasTemplate());
            if (merchantCategoryCode != null) {
                objects.add(DataObject.of(52, merchantCategoryCode));
            }
            objects.add(DataObject.of(53, "704"));
            if (amount != null) {
                objects.add(DataObject.of(54, amount.toPlainString()));
            }
            objects.add(DataObject.of(58, "VN"));
            addText(objects, warnings, 59, MAX_TEXT, "merchant name");
            addText(objects, warnings, 60, MAX_CITY, "merchant city");
            addAdditionalData(objects, warnings);
            return new VietQr(EmvPayload.withCrc(objects), initiation(), bankBin, account, service.code(), amount,
                    List.copyOf(warnings));
        }

        private Builder text(int key, String value) {
            texts.put(key, requireNonNull(value, "text == null"));
            return this;
        }

        private PointOfInitiation initiation() {
            if (pointOfInitiation != null) {
                return pointOfInitiation;
            }
            return amount == null ? PointOfInitiation.STATIC : PointOfInitiation.DYNAMIC;
        }

        private DataObject napasTemplate() {
            DataObject beneficiary = DataObject.template(1, List.of(DataObject.of(0, bankBin), DataObject.of(1, account)));
            return DataObject.template(ProfileReader.NAPAS_TEMPLATE, List.of(
                    DataObject.of(0, ProfileReader.NAPAS_GUID), beneficiary, DataObject.of(2, service.code())));
        }

        private void checkRequired() {
            if (bankBin == null || !ProfileReader.isDigits(bankBin, 6)) {
                throw invalid("bank BIN must be 6 digits");
            }
            if (account == null || account.isEmpty() || account.length() > 19 || !isAlphanumeric(account)) {
                throw invalid("account must be 1-19 ASCII letters or digits");
            }
            if (amount != null && amount.dong() > MAX_AMOUNT) {
                throw invalid("amount must have at most 13 digits");
            }
            if (merchantCategoryCode != null && !ProfileReader.isDigits(merchantCategoryCode, 4)) {
                throw invalid("merchant category code must be 4 digits");
            }
        }

        private void addAdditionalData(List<DataObject> objects, List<VietQrWarning> warnings) {
            List<DataObject> subs = new ArrayList<>();
            addText(subs, warnings, 101, MAX_TEXT, "bill number");
            addText(subs, warnings, 105, MAX_TEXT, "reference label");
            addText(subs, warnings, 107, MAX_TEXT, "terminal label");
            addText(subs, warnings, 108, MAX_TEXT, "purpose");
            int length = 0;
            for (DataObject sub : subs) {
                length += sub.length() + 4;
            }
            if (length > 99) {
                throw invalid("bill number, reference, terminal label and purpose exceed 99 characters together");
            }
            if (!subs.isEmpty()) {
                objects.add(DataObject.template(62, subs));
            }
        }

        private void addText(List<DataObject> objects, List<VietQrWarning> warnings, int key, int max, String field) {
            String given = texts.get(key);
            if (given == null) {
                return;
            }
            FieldText.Folded folded = FieldText.fold(given, max);
            if (folded.text().isEmpty()) {
                throw invalid(field + " has no characters that can be written in ASCII");
            }
            if (folded.dropped()) {
                warnings.add(new VietQrWarning(VietQrRule.TEXT_FOLDED, OptionalInt.empty(),
                        field + ": characters with no ASCII form were removed"));
            }
            if (folded.truncated()) {
                warnings.add(new VietQrWarning(VietQrRule.TEXT_TRUNCATED, OptionalInt.empty(),
                        field + " was cut to " + max + " characters"));
            }
            objects.add(DataObject.of(key % 100, folded.text()));
        }

        private static boolean isAlphanumeric(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                    return false;
                }
            }
            return true;
        }

        private static RejectedException invalid(String message) {
            return new RejectedException(VietQrError.BAD_FIELD, message);
        }
    }
}
