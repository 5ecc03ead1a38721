package vn.congdanso.qr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The order in which the decoder tries its strategies. Cheap treatments that recover the most
 * codes come first; doubling the image, the dearest, comes last; the second detection path
 * ({@link GridReader}) comes behind them all. The order was tuned on the
 * project's photo corpus (ZXing black-box sets 1–3 at four rotations).
 */
public final class Strategies {

    /** Photos with a longer side than this are first tried shrunk, which is faster and often better. */
    private static final int LARGE_SIDE = 1600;
    /** Images with a shorter side than this are not halved: their modules would merge. */
    private static final int MIN_SIDE_TO_HALVE = 200;
    /** Images with a longer side than this are not doubled: too slow for what it recovers. */
    private static final int MAX_SIDE_TO_DOUBLE = 1024;

    private Strategies() {
    }

    /** The strategies for an image of {@code width × height}, in the order to try them. */
    public static List<Strategy> plan(int width, int height, boolean rotations, boolean rescaling, boolean inversion) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        List<Strategy> plan = new ArrayList<>();
        if (rescaling && longSide > LARGE_SIDE) {
            int factor = (longSide + LARGE_SIDE / 2 - 1) / (LARGE_SIDE / 2);
            plan.add(new Strategy("hybrid, ÷" + factor, image -> Transforms.downscale(image, factor), Strategy.Kind.HYBRID));
        }
        plan.add(new Strategy("hybrid", UnaryOperator.identity(), Strategy.Kind.HYBRID));
        plan.add(new Strategy("global-histogram", UnaryOperator.identity(), Strategy.Kind.GLOBAL_HISTOGRAM));
        plan.add(new Strategy("global-histogram, contrast-stretched", Transforms::stretchContrast, Strategy.Kind.GLOBAL_HISTOGRAM));
        if (rotations) {
            plan.add(new Strategy("hybrid, rotated 90°", image -> Transforms.rotate(image, 1), Strategy.Kind.HYBRID));
            plan.add(new Strategy("global-histogram, rotated 90°", image -> Transforms.rotate(image, 1), Strategy.Kind.GLOBAL_HISTOGRAM));
        }
        if (rescaling && shortSide >= MIN_SIDE_TO_HALVE) {
            plan.add(new Strategy("global-histogram, ÷2", image -> Transforms.downscale(image, 2), Strategy.Kind.GLOBAL_HISTOGRAM));
            plan.add(new Strategy("hybrid, ÷2", image -> Transforms.downscale(image, 2), Strategy.Kind.HYBRID));
        }
        if (inversion) {
            plan.add(new Strategy("hybrid, inverted", Transforms::invert, Strategy.Kind.HYBRID));
        }
        if (rotations) {
            plan.add(new Strategy("hybrid, rotated 180°", image -> Transforms.rotate(image, 2), Strategy.Kind.HYBRID));
            plan.add(new Strategy("hybrid, rotated 270°", image -> Transforms.rotate(image, 3), Strategy.Kind.HYBRID));
        }
        if (rescaling && longSide <= MAX_SIDE_TO_DOUBLE) {
            plan.add(new Strategy("global-histogram, ×2", Transforms::upscale2, Strategy.Kind.GLOBAL_HISTOGRAM));
            plan.add(new Strategy("hybrid, ×2", Transforms::upscale2, Strategy.Kind.HYBRID));
        }
        plan.add(new Strategy("outline grid", UnaryOperator.identity(), Strategy.Kind.OUTLINE_GRID));
        if (rescaling && longSide <= MAX_SIDE_TO_DOUBLE) {
            plan.add(new Strategy("outline grid, ×2", Transforms::upscale2, Strategy.Kind.OUTLINE_GRID));
        }
        return List.copyOf(plan);
    }
}
