package vn.congdanso.onestop.procedures;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.congdanso.core.ErrorCode;

/**
 * The desk's words, in the page's language, for an SDK error id: message {@code problem.<id>}
 * (for example {@code problem.card.BAD_DATE}), or {@code problem.generic} when there is none.
 */
@Component
public class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    /** What {@code code} means for the person at the desk. */
    public String of(ErrorCode code, Locale locale) {
        String generic = messages.getMessage("problem.generic", null, "", locale);
        return messages.getMessage("problem." + code.id(), null, generic, locale);
    }
}
