package vn.congdanso.onestop.procedures;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail as a bug would, for a desk started with the profile {@value #PROFILE}: the
 * failure's message carries a fictional citizen's ID number, name and phone, which no answer
 * may show.
 */
public final class FailingEndpoints {

    /** The profile that adds these endpoints. */
    public static final String PROFILE = "failing-endpoints";
    /** The fictional citizen's ID number in the failures' messages. */
    public static final String ID_NUMBER = "001099012345";
    /** The fictional citizen's name in the failures' messages. */
    public static final String NAME = "NGUYEN VAN A";
    /** The fictional citizen's phone number in the failures' messages. */
    public static final String PHONE = "0912345678";
    private static final String MESSAGE = "card " + ID_NUMBER + " of " + NAME + ", phone " + PHONE;

    private FailingEndpoints() {
    }

    /** A REST endpoint under {@code /api/v1/} that fails. */
    @RestController
    @Profile(PROFILE)
    static class Api {

        @GetMapping("/api/v1/test-failures/bug")
        String bug() {
            throw new IllegalStateException(MESSAGE);
        }
    }

    /** A page that fails. */
    @Controller
    @Profile(PROFILE)
    static class Page {

        @GetMapping("/test-failures/bug")
        String bug() {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
