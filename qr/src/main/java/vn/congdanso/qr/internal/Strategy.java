package vn.congdanso.qr.internal;

import java.util.function.UnaryOperator;

/**
 * One way of looking at an image: a treatment of its pixels and a way of reading them.
 *
 * @param name    how the decoder reports it, for example {@code "global-histogram, ×2"}
 * @param prepare the treatment
 * @param kind    how the treated image is read
 */
public record Strategy(String name, UnaryOperator<Luma> prepare, Kind kind) {

    /** How a treated image is read. */
    public enum Kind {
        /** zxing's detector on its local-block {@code HybridBinarizer}. */
        HYBRID,
        /** zxing's detector on its {@code GlobalHistogramBinarizer}. */
        GLOBAL_HISTOGRAM,
        /**
         * The second path, {@link GridReader}: finder outlines fitted on local-mean binarizations of
         * several window sizes, a homography from four corners, several candidate grids, modules
         * read from grey values against local thresholds.
         */
        OUTLINE_GRID
    }
}
