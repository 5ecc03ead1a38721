package vn.congdanso.qr.procedure;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * Builds links to a portal's public pages for a procedure or a dossier, ready to put in a QR
 * code: absolute {@code https} URLs, ASCII only, with the code percent-encoded. Immutable and
 * thread-safe.
 *
 * <p>The national portal ({@link #national()}) links to the procedure page by national code. A
 * provincial portal is described by a template such as
 * {@code https://dichvucong.example.gov.vn/thu-tuc?ma={code}}, in which {@code {code}} stands for
 * the procedure code as given (national or localized).
 */
public final class PortalLinks {

    /** The national public-service portal's procedure page. */
    public static final String NATIONAL_PROCEDURE_TEMPLATE =
            "https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc={code}";

    static final String CODE = "{code}";
    static final String DOSSIER = "{dossier}";
    private static final int MAX_TEMPLATE_LENGTH = 1024;

    private final String procedureTemplate;
    private final boolean nationalCodesOnly;
    private final String dossierTemplate;

    private PortalLinks(String procedureTemplate, boolean nationalCodesOnly, String dossierTemplate) {
        this.procedureTemplate = procedureTemplate;
        this.nationalCodesOnly = nationalCodesOnly;
        this.dossierTemplate = dossierTemplate;
    }

    /** Links to the national portal, dichvucong.gov.vn; localized codes link to their national procedure. */
    public static PortalLinks national() {
        return new PortalLinks(NATIONAL_PROCEDURE_TEMPLATE, true, null);
    }

    /**
     * Links to a provincial portal whose procedure page is {@code procedureTemplate}.
     *
     * @throws RejectedException {@link ProcedureError#BAD_PORTAL_TEMPLATE} unless the template is
     *                           an absolute {@code https} URL of printable ASCII holding {@code {code}} once
     */
    public static PortalLinks provincial(String procedureTemplate) {
        return new PortalLinks(checkTemplate(procedureTemplate, CODE), false, null);
    }

    /**
     * A copy that also links to the portal's dossier lookup page, {@code template} holding
     * {@code {dossier}} once.
     *
     * @throws RejectedException {@link ProcedureError#BAD_PORTAL_TEMPLATE} as {@link #provincial(String)}
     */
    public PortalLinks withDossierLookup(String template) {
        return new PortalLinks(procedureTemplate, nationalCodesOnly, checkTemplate(template, DOSSIER));
    }

    /** The page describing {@code code}. */
    public URI procedurePage(ProcedureCode code) {
        requireNonNull(code, "code == null");
        ProcedureCode shown = nationalCodesOnly ? code.national() : code;
        return URI.create(procedureTemplate.replace(CODE, percentEncode(shown.toString())));
    }

    /** The page showing the progress of {@code dossier}, when this portal has one. */
    public Optional<URI> dossierPage(DossierCode dossier) {
        requireNonNull(dossier, "dossier == null");
        return Optional.ofNullable(dossierTemplate)
                .map(template -> URI.create(template.replace(DOSSIER, percentEncode(dossier.toString()))));
    }

    /** Percent-encodes every character outside RFC 3986's unreserved set, as UTF-8. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String checkTemplate(String template, String placeholder) {
        requireNonNull(template, "template == null");
        ProcedureError code = ProcedureError.BAD_PORTAL_TEMPLATE;
        if (template.length() > MAX_TEMPLATE_LENGTH || !template.startsWith("https://")) {
            throw new RejectedException(code, "portal template must be an https URL of at most " + MAX_TEMPLATE_LENGTH + " characters");
        }
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw RejectedException.atOffset(code, "portal template must be printable ASCII without spaces", i);
            }
        }
        int at = template.indexOf(placeholder);
        if (at < 0 || template.indexOf(placeholder, at + 1) >= 0) {
            throw new RejectedException(code, "portal template must hold " + placeholder + " exactly once");
        }
        try {
            URI uri = new URI(template.replace(placeholder, "0"));
            if (uri.getHost() == null) {
                throw new RejectedException(code, "portal template has no host");
            }
        } catch (URISyntaxException e) {
            throw RejectedException.atOffset(code, "portal template is not a valid URL", e.getIndex());
        }
        return template;
    }
}
