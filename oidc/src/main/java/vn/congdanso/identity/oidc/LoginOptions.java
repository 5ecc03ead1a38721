package vn.congdanso.identity.oidc;

import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Per-login request parameters.
 *
 * @param acr       the assurance level to ask for with {@code acr_values} and then require of {@code acr}
 * @param prompt    the {@code prompt} value ({@code login}, {@code consent}, {@code none}, ...)
 * @param maxAge    the {@code max_age}: how long ago the citizen may have last authenticated
 * @param uiLocales the {@code ui_locales} (default {@code vi})
 */
public record LoginOptions(Optional<String> acr, Optional<String> prompt, Optional<Duration> maxAge, String uiLocales) {

    /** Validates the components. */
    public LoginOptions {
        requireNonNull(acr, "acr == null");
        requireNonNull(prompt, "prompt == null");
        requireNonNull(maxAge, "maxAge == null");
        requireNonNull(uiLocales, "uiLocales == null");
    }

    /** No assurance level, prompt or max age; Vietnamese user interface. */
    public static LoginOptions defaults() {
        return new LoginOptions(Optional.empty(), Optional.empty(), Optional.empty(), "vi");
    }

    /** A copy asking for (and then requiring) at least assurance level {@code acr}, e.g. {@code LoA2}. */
    public LoginOptions withAcr(String acr) {
        return new LoginOptions(Optional.of(requireNonNull(acr, "acr == null")), prompt, maxAge, uiLocales);
    }

    /** A copy with {@code prompt}. */
    public LoginOptions withPrompt(String prompt) {
        return new LoginOptions(acr, Optional.of(requireNonNull(prompt, "prompt == null")), maxAge, uiLocales);
    }

    /** A copy with {@code max_age}. */
    public LoginOptions withMaxAge(Duration maxAge) {
        return new LoginOptions(acr, prompt, Optional.of(requireNonNull(maxAge, "maxAge == null")), uiLocales);
    }

    /** A copy with other {@code ui_locales}. */
    public LoginOptions withUiLocales(String uiLocales) {
        return new LoginOptions(acr, prompt, maxAge, uiLocales);
    }
}
