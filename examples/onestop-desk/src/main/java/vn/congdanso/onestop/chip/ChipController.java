package vn.congdanso.onestop.chip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.ChipFiles;

/**
 * {@code /chip}: upload EF.SOD and data groups (or use the sandbox fixtures) and see passive
 * authentication step by step. A file above its size limit is refused with {@code chip.TOO_LARGE}
 * (413) before anything is checked.
 */
@Controller
class ChipController {

    /** The form's file fields and the data groups they carry. */
    private static final Map<String, Integer> GROUPS = ordered();

    private final ChipChecker checker;

    ChipController(ChipChecker checker) {
        this.checker = checker;
    }

    @GetMapping("/chip")
    ModelAndView form() {
        return page(HttpStatus.OK);
    }

    @PostMapping(path = "/chip", consumes = "multipart/form-data")
    ModelAndView check(@RequestParam(name = "fixtures", defaultValue = "false") boolean fixtures,
            @RequestParam Map<String, MultipartFile> uploads) {
        ChipFiles files = fixtures ? checker.sandbox().files() : uploaded(uploads);
        ModelAndView page = page(HttpStatus.OK);
        page.addObject("report", ChipReport.of(checker.verify(files)));
        page.addObject("fixtures", fixtures);
        return page;
    }

    @ExceptionHandler(RejectedException.class)
    ModelAndView refused(RejectedException e) {
        ModelAndView page = page(e.code() == ChipError.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST);
        page.addObject("errorCode", e.code().id());
        return page;
    }

    private static ChipFiles uploaded(Map<String, MultipartFile> uploads) {
        MultipartFile sod = uploads.get("sod");
        if (sod == null || sod.isEmpty()) {
            throw new RejectedException(ChipError.BAD_SOD, "EF.SOD is required");
        }
        ChipFiles.Builder files = ChipFiles.builder().sod(bytes(sod, ChipFiles.MAX_FILE_BYTES, "EF.SOD"));
        GROUPS.forEach((field, number) -> {
            MultipartFile group = uploads.get(field);
            if (group != null && !group.isEmpty()) {
                files.dataGroup(number, bytes(group, ChipFiles.maxBytes(number), "DG" + number));
            }
        });
        return files.build();
    }

    /** The upload's bytes, refused by size before they are read. */
    private static byte[] bytes(MultipartFile file, int limit, String what) {
        if (file.getSize() > limit) {
            throw new RejectedException(ChipError.TOO_LARGE, what + " has " + file.getSize() + " bytes, at most " + limit);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("chip/index", status);
        page.addObject("cscas", checker.cscas().stream().map(csca -> new TrustedCsca(
                csca.getSubjectX500Principal().getName(), checker.isSandbox(csca))).toList());
        return page;
    }

    /**
     * A trusted CSCA as the page lists it.
     *
     * @param subject its subject
     * @param sandbox whether it is the synthetic sandbox CSCA
     */
    record TrustedCsca(String subject, boolean sandbox) {
    }

    private static Map<String, Integer> ordered() {
        Map<String, Integer> groups = new LinkedHashMap<>();
        groups.put("dg1", 1);
        groups.put("dg2", 2);
        groups.put("dg13", 13);
        groups.put("dg14", 14);
        groups.put("dg15", 15);
        return groups;
    }
}
