package vn.congdanso.qr.procedure;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureQueryTest {

    @Test
    void startsAtFirstPageWithDefaultSize() {
        ProcedureQuery query = ProcedureQuery.keywords("khai sinh");
        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(ProcedureQuery.DEFAULT_SIZE);
        assertThat(query.agency()).isEmpty();
    }

    @Test
    void restrictsToAgency() {
        assertThat(ProcedureQuery.keywords("x").withAgency(AgencyCode.parse("000.00.00.H41")).agency()).isPresent();
        assertThat(ProcedureQuery.agency(AgencyCode.parse("000.00.00.H41")).keywords()).isEmpty();
    }

    @Test
    void rejectsOutOfRangeValues() {
        ProcedureQuery query = ProcedureQuery.keywords("x");
        assertThatThrownBy(() -> query.withPage(-1, 10)).isInstanceOfSatisfying(RejectedException.class,
                e -> assertThat(e.code()).isEqualTo(ProcedureError.BAD_QUERY));
        assertThatThrownBy(() -> query.withPage(0, 0)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> query.withPage(0, 101)).isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ProcedureQuery.keywords("x".repeat(201))).isInstanceOf(RejectedException.class);
    }
}
