package vn.congdanso.onestop.dossiers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdanso.qr.procedure.DossierCode;
import vn.congdanso.qr.procedure.DossierState;
import vn.congdanso.qr.procedure.ProcedureCode;

/**
 * The {@code dossiers} and {@code dossier_sequences} tables ({@code db/dossiers.sql}), on H2 or
 * PostgreSQL. Sequence numbers come from the database: concurrent desks on one database never
 * hand out the same one.
 */
@Repository
class DossierStore {

    private static final int INSERT_RACES = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DossierStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The next sequence number of {@code unit} on {@code day}, from 1: a conditional increment of
     * the day's row (which the database serialises), or the row's insertion for the day's first
     * dossier; a desk that loses the insertion race increments the row the winner made.
     */
    long nextSequence(String unit, LocalDate day) {
        for (int attempt = 0; attempt < INSERT_RACES; attempt++) {
            Long next = transactions.execute(status -> {
                int updated = jdbc.sql("UPDATE dossier_sequences SET last_value = last_value + 1 WHERE unit = ? AND received_on = ?")
                        .params(unit, day).update();
                return updated == 0 ? null
                        : jdbc.sql("SELECT last_value FROM dossier_sequences WHERE unit = ? AND received_on = ?")
                                .params(unit, day).query(Long.class).single();
            });
            if (next != null) {
                return next;
            }
            try {
                jdbc.sql("INSERT INTO dossier_sequences (unit, received_on, last_value) VALUES (?, ?, 1)").params(unit, day).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                // another desk received the day's first dossier at the same moment: increment its row
            }
        }
        throw new IllegalStateException("the dossier sequence row could neither be updated nor created");
    }

    void insert(Dossier dossier) {
        jdbc.sql("""
                INSERT INTO dossiers (code, procedure_code, procedure_name, applicant_name, id_number, phone, status,
                                      received_at, due_at, receipt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier.code().toString(), dossier.procedure().toString(), dossier.procedureName(),
                        dossier.applicantName(), dossier.idNumber(), dossier.phone().orElse(null), dossier.state().name(),
                        utc(dossier.receivedAt()), dossier.dueAt().map(DossierStore::utc).orElse(null), dossier.receipt())
                .update();
    }

    Optional<Dossier> find(DossierCode code) {
        return jdbc.sql("""
                SELECT code, procedure_code, procedure_name, applicant_name, id_number, phone, status, received_at, due_at, receipt
                FROM dossiers WHERE code = ?""")
                .param(code.toString()).query(DossierStore::dossier).optional();
    }

    private static Dossier dossier(ResultSet row, int number) throws SQLException {
        return new Dossier(DossierCode.parse(row.getString("code")), ProcedureCode.parse(row.getString("procedure_code")),
                row.getString("procedure_name"), row.getString("applicant_name"), row.getString("id_number"),
                Optional.ofNullable(row.getString("phone")), DossierState.valueOf(row.getString("status")),
                instant(row, "received_at").orElseThrow(), instant(row, "due_at"), row.getString("receipt"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
