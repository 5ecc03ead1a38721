package vn.congdanso.onestop.receipts;

import java.util.Locale;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.core.RejectedException;
import vn.congdanso.onestop.dossiers.DossierError;
import vn.congdanso.onestop.procedures.Explanations;
import vn.congdanso.onestop.dossiers.QrPhotos;
import vn.congdanso.qr.receipt.ReceiptVerifier;
import vn.congdanso.qr.receipt.VerifiedReceipt;

/**
 * {@code /receipts/verify}: paste a receipt or upload a photo of its QR code; the starter's
 * {@link ReceiptVerifier} checks it offline. A receipt that verifies is shown with its fields
 * (200); one that does not, or a photo with no readable code, with the SDK's error code (422).
 */
@Controller
class ReceiptPages {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPages.class);
    private static final Pattern TRAILING_BREAKS = Pattern.compile("[\\r\\n\\t]+$");

    private final ReceiptVerifier verifier;
    private final Explanations explanations;

    ReceiptPages(ReceiptVerifier verifier, Explanations explanations) {
        this.verifier = verifier;
        this.explanations = explanations;
    }

    @GetMapping("/receipts/verify")
    ModelAndView form() {
        return page("", HttpStatus.OK);
    }

    @PostMapping("/receipts/verify")
    ModelAndView verify(@RequestParam(name = "receipt", defaultValue = "") String receipt,
            @RequestParam(name = "receiptPhoto", required = false) MultipartFile receiptPhoto,
            @RequestParam(name = "idNumber", defaultValue = "") String idNumber, Locale locale) {
        try {
            VerifiedReceipt verified = verifier.verify(payload(receipt, receiptPhoto));
            ModelAndView page = page(receipt, HttpStatus.OK);
            page.addObject("verified", VerdictView.of(verified, idNumber));
            return page;
        } catch (RejectedException e) {
            LOG.info("receipt refused: {}", e.code().id());
            ModelAndView page = page(receipt, HttpStatus.UNPROCESSABLE_CONTENT);
            page.addObject("errorCode", e.code().id());
            page.addObject("explanation", explanations.of(e.code(), locale));
            return page;
        }
    }

    /**
     * The pasted text, or else the photo's QR text. Leading white space and trailing line breaks
     * are dropped; a trailing space stays, since Base45 uses the space as a digit.
     */
    private static String payload(String receipt, MultipartFile photo) {
        if (!receipt.isBlank()) {
            return TRAILING_BREAKS.matcher(receipt.stripLeading()).replaceAll("");
        }
        if (QrPhotos.present(photo)) {
            return QrPhotos.read(photo);
        }
        throw new RejectedException(DossierError.MISSING_RECEIPT, "paste a receipt or upload a photo of its QR code");
    }

    private static ModelAndView page(String receipt, HttpStatus status) {
        ModelAndView page = new ModelAndView("receipts/verify", status);
        page.addObject("receipt", receipt);
        return page;
    }
}
