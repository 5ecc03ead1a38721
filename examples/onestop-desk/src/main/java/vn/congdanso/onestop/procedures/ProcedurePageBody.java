package vn.congdanso.onestop.procedures;

import java.util.List;

import vn.congdanso.qr.procedure.Page;
import vn.congdanso.qr.procedure.Procedure;

/**
 * One page of search results in the contract's {@code ProcedurePage} shape.
 *
 * @param items      the procedures on this page, best match first
 * @param page       the zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many procedures match in all
 */
record ProcedurePageBody(List<ProcedureBody> items, int page, int size, long totalItems) {

    static ProcedurePageBody of(Page<Procedure> page) {
        return new ProcedurePageBody(page.items().stream().map(ProcedureBody::of).toList(), page.page(), page.size(),
                page.totalItems());
    }
}
