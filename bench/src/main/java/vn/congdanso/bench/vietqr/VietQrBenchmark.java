package vn.congdanso.bench.vietqr;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.emv.qrcode.core.exception.PresentedModeException;
import com.emv.qrcode.decoder.mpm.DecoderMpm;
import com.emv.qrcode.model.mpm.AdditionalDataField;
import com.emv.qrcode.model.mpm.AdditionalDataFieldTemplate;
import com.emv.qrcode.model.mpm.MerchantAccountInformationReservedAdditional;
import com.emv.qrcode.model.mpm.MerchantAccountInformationTemplate;
import com.emv.qrcode.model.mpm.MerchantPresentedMode;
import com.emv.qrcode.validators.Crc16Validate;
import com.emv.qrcode.validators.MerchantPresentedModeValidate;

import vn.congdanso.core.Vnd;
import vn.congdanso.payments.vietqr.VietQr;

/**
 * VietQR parse + validate and build, congdanso beside com.github.mvallim:emv-qrcode 0.1.1, on the
 * same payload: the NAPAS worked example (dynamic transfer to an account with bill number and
 * purpose) with the merchant category, name and city that emv-qrcode's validator requires. Our parse applies the strict NAPAS profile; theirs decodes, then runs their MPM
 * validator and CRC check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VietQrBenchmark {

    static final String PAYLOAD =
            "00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA52049399530370454061800005802VN"
            + "5917UBND XA DOAN HUNG6007PHU THO62340107NPS68690819thanh toan don hang63045BB4";

    @Setup
    public void checkBothSidesAgree() throws PresentedModeException {
        if (!congdansoBuild().equals(PAYLOAD) || !emvQrcodeBuild().equals(PAYLOAD)) {
            throw new IllegalStateException("the two encoders disagree on the benchmark payload");
        }
        if (!emvQrcodeParseAndValidate() || congdansoParseAndValidate() == null) {
            throw new IllegalStateException("a decoder refused the benchmark payload");
        }
    }

    @Benchmark
    public VietQr congdansoParseAndValidate() {
        return VietQr.parse(PAYLOAD);
    }

    @Benchmark
    public boolean emvQrcodeParseAndValidate() throws PresentedModeException {
        MerchantPresentedMode decoded = DecoderMpm.decode(PAYLOAD, MerchantPresentedMode.class);
        return MerchantPresentedModeValidate.validate(decoded).isValid() && Crc16Validate.validate(PAYLOAD).isValid();
    }

    @Benchmark
    public String congdansoBuild() {
        return VietQr.builder().bankBin("970403").account("0011012345678").amount(Vnd.of(180_000))
                .merchantCategoryCode("9399").merchantName("UBND XA DOAN HUNG").merchantCity("PHU THO")
                .billNumber("NPS6869").purpose("thanh toan don hang").build().toPayload();
    }

    @Benchmark
    public String emvQrcodeBuild() {
        MerchantAccountInformationReservedAdditional napas = new MerchantAccountInformationReservedAdditional();
        napas.setGloballyUniqueIdentifier("A000000727");
        napas.addPaymentNetworkSpecific("01", "000697040301130011012345678");
        napas.addPaymentNetworkSpecific("02", "QRIBFTTA");
        AdditionalDataField additional = new AdditionalDataField();
        additional.setBillNumber("NPS6869");
        additional.setPurposeTransaction("thanh toan don hang");
        AdditionalDataFieldTemplate template = new AdditionalDataFieldTemplate();
        template.setValue(additional);
        MerchantPresentedMode mode = new MerchantPresentedMode();
        mode.setPayloadFormatIndicator("01");
        mode.setPointOfInitiationMethod("12");
        mode.addMerchantAccountInformation(new MerchantAccountInformationTemplate("38", napas));
        mode.setMerchantCategoryCode("9399");
        mode.setTransactionCurrency("704");
        mode.setTransactionAmount("180000");
        mode.setCountryCode("VN");
        mode.setMerchantName("UBND XA DOAN HUNG");
        mode.setMerchantCity("PHU THO");
        mode.setAdditionalDataField(template);
        return mode.toString();
    }
}
