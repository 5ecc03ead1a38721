package vn.congdanso.qr.procedure;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * An administrative procedure (thủ tục hành chính) as a directory describes it. Texts are
 * Vietnamese, NFC.
 *
 * @param code           the national (or, from a provincial directory, localized) code; empty when
 *                       the source did not confirm it
 * @param name           the procedure's name
 * @param field          its field (lĩnh vực), for example {@code Hộ tịch}
 * @param levels         the levels of government that carry it out
 * @param processingTime how long it takes, as the source words it
 * @param fees           its fees and charges
 * @param documents      the documents to submit or show
 * @param legalBasis     the laws and decrees it rests on
 * @param agencies       the agencies known to publish it; empty in the national catalogue
 */
public record Procedure(Optional<ProcedureCode> code, String name, String field, List<ImplementingLevel> levels,
        String processingTime, List<Fee> fees, List<String> documents, List<String> legalBasis, List<AgencyCode> agencies) {

    /** Validates the components and freezes the lists. */
    public Procedure {
        requireNonNull(code, "code == null");
        requireNonNull(name, "name == null");
        requireNonNull(field, "field == null");
        requireNonNull(processingTime, "processingTime == null");
        levels = List.copyOf(requireNonNull(levels, "levels == null"));
        fees = List.copyOf(requireNonNull(fees, "fees == null"));
        documents = List.copyOf(requireNonNull(documents, "documents == null"));
        legalBasis = List.copyOf(requireNonNull(legalBasis, "legalBasis == null"));
        agencies = List.copyOf(requireNonNull(agencies, "agencies == null"));
    }
}
