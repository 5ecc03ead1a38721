package vn.congdanso.payments.momo;

import java.util.List;

import vn.congdanso.core.Secret;

/** MoMo's signed text: {@code accessKey=…} then {@code &name=value} per field, values raw. */
final class MomoFields {

    /** The fields of an IPN or redirect result, in signing order. */
    static final List<String> RESULT = List.of("amount", "extraData", "message", "orderId", "orderInfo", "orderType",
            "partnerCode", "payType", "requestId", "responseTime", "resultCode", "transId");

    private MomoFields() {
    }

    /** {@code namesAndValues} alternates names and values, already in MoMo's order. */
    static String signedText(Secret accessKey, List<String> namesAndValues) {
        StringBuilder text = new StringBuilder(256).append("accessKey=").append(accessKey.revealUtf8());
        for (int i = 0; i < namesAndValues.size(); i += 2) {
            text.append('&').append(namesAndValues.get(i)).append('=').append(namesAndValues.get(i + 1));
        }
        return text.toString();
    }
}
