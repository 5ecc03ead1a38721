package vn.congdanso.qr.procedure.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.congdanso.qr.procedure.DossierState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void readsMinimalProcedureWithEmptyLists() throws Exception {
        var procedure = ProcedureJson.procedure(json("{\"name\":\"Đăng ký khai sinh\",\"field\":\"Hộ tịch\",\"processingTime\":\"1 ngày\"}"));
        assertThat(procedure.code()).isEmpty();
        assertThat(procedure.fees()).isEmpty();
        assertThat(procedure.agencies()).isEmpty();
    }

    @Test
    void normalizesTextToNfc() throws Exception {
        String decomposed = "Ho\u0302\u0323 ti\u0323ch";
        var procedure = ProcedureJson.procedure(json("{\"name\":\"x\",\"field\":\"" + decomposed + "\",\"processingTime\":\"t\"}"));
        assertThat(procedure.field()).isEqualTo("Hộ tịch");
    }

    @Test
    void readsMinimalDossier() throws Exception {
        var status = ProcedureJson.dossier(json("{\"dossierCode\":\"H15-261008-1\",\"state\":\"COMPLETED\"}"));
        assertThat(status.state()).isEqualTo(DossierState.COMPLETED);
        assertThat(status.steps()).isEmpty();
        assertThat(status.dueAt()).isEmpty();
    }

    @Test
    void rejectsWrongShapesAsShapeExceptions() throws Exception {
        for (String text : new String[] {"null", "1", "{\"name\":1,\"field\":\"f\",\"processingTime\":\"t\"}",
                "{\"name\":\"n\",\"field\":\"f\",\"processingTime\":\"t\",\"documents\":[null]}",
                "{\"name\":\"n\",\"field\":\"f\",\"processingTime\":\"t\",\"fees\":[{\"description\":\"d\",\"amountVnd\":1.5}]}",
                "{\"name\":\"n\",\"field\":\"f\",\"processingTime\":\"t\",\"agencies\":\"000.00.00.H41\"}"}) {
            assertThatThrownBy(() -> ProcedureJson.procedure(json(text))).as(text).isInstanceOf(ShapeException.class);
        }
        assertThatThrownBy(() -> ProcedureJson.dossier(json("{\"dossierCode\":\"bad\",\"state\":\"COMPLETED\"}")))
                .isInstanceOf(ShapeException.class);
        assertThatThrownBy(() -> ProcedureJson.page(json("{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":-1}")))
                .isInstanceOf(ShapeException.class);
    }
}
