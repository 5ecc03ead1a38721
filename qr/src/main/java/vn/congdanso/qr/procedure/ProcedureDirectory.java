package vn.congdanso.qr.procedure;

import java.util.Optional;

import vn.congdanso.core.RejectedException;
import vn.congdanso.core.UnavailableException;

/**
 * Looks up administrative procedures and dossiers. Implementations are thread-safe:
 * {@link OfflineProcedureDirectory} (the bundled national catalogue, no dossiers) and
 * {@link HttpProcedureDirectory} (this project's REST contract, {@code docs/openapi/procedures.yaml}).
 */
public interface ProcedureDirectory {

    /**
     * The procedure with {@code code}. A localized code finds the procedure as published by its
     * agency when the directory has it, and otherwise its national entry.
     *
     * @throws UnavailableException when a remote directory cannot answer
     */
    Optional<Procedure> find(ProcedureCode code);

    /**
     * The procedures matching {@code query}, best match first. The offline directory requires every
     * keyword to occur (ignoring case and diacritics) in the name, field or code; a remote
     * directory ranks as its service does.
     *
     * @throws RejectedException    when a remote directory refuses the query
     * @throws UnavailableException when a remote directory cannot answer
     */
    Page<Procedure> search(ProcedureQuery query);

    /** The first {@code size} procedures published by {@code agency} or a unit below it, from page {@code page}. */
    default Page<Procedure> listByAgency(AgencyCode agency, int page, int size) {
        return search(ProcedureQuery.agency(agency).withPage(page, size));
    }

    /**
     * The progress of {@code dossier}; empty when the directory does not know it.
     *
     * @throws UnavailableException when a remote directory cannot answer
     */
    Optional<DossierStatus> dossierStatus(DossierCode dossier);
}
