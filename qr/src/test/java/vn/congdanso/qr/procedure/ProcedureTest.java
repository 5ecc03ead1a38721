package vn.congdanso.qr.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.congdanso.core.Vnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureTest {

    @Test
    void freezesItsLists() {
        List<String> documents = new ArrayList<>(List.of("Tờ khai"));
        Procedure procedure = new Procedure(Optional.empty(), "Đăng ký khai sinh", "Hộ tịch", List.of(ImplementingLevel.COMMUNE),
                "1 ngày", List.of(new Fee("Miễn lệ phí", Optional.of(Vnd.ZERO))), documents, List.of(), List.of());
        documents.add("later");
        assertThat(procedure.documents()).containsExactly("Tờ khai");
        assertThatThrownBy(() -> procedure.fees().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }
}
