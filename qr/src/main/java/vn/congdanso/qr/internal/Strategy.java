package vn.congdanso.qr.internal;

import java.util.function.UnaryOperator;

/**
 * One way of looking at an image: a treatment of its pixels and a binarizer.
 *
 * @param name    how the decoder reports it, for example {@code "global-histogram, ×2"}
 * @param prepare the treatment
 * @param hybrid  {@code true} for zxing's local-block {@code HybridBinarizer}, {@code false} for
 *                its {@code GlobalHistogramBinarizer}
 */
public record Strategy(String name, UnaryOperator<Luma> prepare, boolean hybrid) {
}
