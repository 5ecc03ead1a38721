package vn.congdanso.onestop.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.congdanso.onestop.DeskApp;

/** Fee orders made and read over the desk's JSON API, for the tests. */
final class Orders {

    static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    /** Makes an order of {@code amount} đồng for procedure 1.004222 and returns its JSON. */
    static JsonNode create(DeskApp desk, long amount) {
        HttpResponse<String> created = desk.postJson("/api/orders",
                "{\"procedureCode\":\"1.004222\",\"amount\":" + amount + ",\"description\":\"Lệ phí đăng ký thường trú\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body());
    }

    /** The order {@code ref} as {@code GET /api/orders/{ref}} gives it. */
    static JsonNode get(DeskApp desk, String ref) {
        HttpResponse<String> order = desk.get("/api/orders/" + ref);
        assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
        return json(order.body());
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
