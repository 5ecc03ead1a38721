package vn.congdanso.qr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.common.PerspectiveTransform;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.detector.FinderPattern;
import com.google.zxing.qrcode.detector.Detector;
import com.google.zxing.qrcode.detector.FinderPatternInfo;

import vn.congdanso.qr.DecodedQr;

/**
 * The second detection path, structurally different from zxing's detector; only the bit matrix
 * → text stage is zxing's.
 *
 * <ol>
 *   <li>Binarize by local mean (integral image) at three window sizes, a quarter, an eighth and a
 *       sixteenth of the shorter side, and take the three finder patterns zxing's detector
 *       settles on in each (its grid is not used).</li>
 *   <li>Fit each finder's outline: edge points where the grey level crosses midway between the
 *       finder's dark core and its light ring, on rays along both axes, and a least-squares line
 *       per side.</li>
 *   <li>Build a homography from the symbol's four corners, where its four edges meet. The top
 *       and left edges run through two finders' fitted sides each; the right and bottom edges
 *       run from one finder's side towards the vanishing point of the other finders' parallel
 *       sides, so that perspective is followed.</li>
 *   <li>Try several candidate grids: the estimated dimension and its neighbours; the fitted
 *       fourth corner or the parallelogram's; corners as fitted or a fraction of a module in or
 *       out; and the grid through the finder centres.</li>
 *   <li>Read each module's grey value (five points) against the mean of the module values around
 *       it, and hand the matrix to zxing's decoder.</li>
 * </ol>
 *
 * <p>No miscorrection: these guessed grids sample many modules wrong, so a result is returned
 * only if Reed–Solomon corrected at most a quarter of one block's error-correction codewords
 * (half of what a block can correct).
 */
final class GridReader {

    private static final int[] WINDOW_DIVISORS = {4, 8, 16};
    private static final int EDGE_RAYS = 9;
    private static final int NEIGHBOURHOOD = 3;
    /** How far from a finder's centre its outer edge is looked for: 3.5 modules, with room for perspective. */
    private static final double MAX_EDGE_MODULES = 6;
    /**
     * Blur moves a fitted edge by a fraction of a module either way; each outline grid is also
     * tried with its corners taken as lying that far inside or outside the symbol.
     */
    private static final float[] INSETS = {0, 0.4f, -0.4f};

    private GridReader() {
    }

    /** The code read in {@code image}, if any; gives up between windows once {@code expired}. */
    static Optional<DecodedQr> read(Luma image, String name, BooleanSupplier expired) {
        long[] integral = LocalMean.integral(image);
        for (int divisor : WINDOW_DIVISORS) {
            if (expired.getAsBoolean()) {
                return Optional.empty();
            }
            int window = Math.max(8, Math.min(image.width(), image.height()) / divisor);
            Optional<FinderPatternInfo> finders = Finders.locate(LocalMean.binarize(image, integral, window));
            if (finders.isEmpty()) {
                continue;
            }
            for (Grid grid : candidates(image, finders.get())) {
                boolean[][] modules = grid.sample(image);
                Optional<DecodedQr> decoded = ZxingReader.withCharsetPolicy(
                        hints -> decode(modules, hints, grid), name + ", window " + window + " px");
                if (decoded.isPresent()) {
                    return decoded;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Trusts a result only if Reed–Solomon corrected at most a quarter of one block's
     * error-correction codewords in all, so that no block used more than half of what it can
     * correct: a miscorrection would need the sampled block to lie that close to another
     * codeword, far less likely than a plain failure.
     */
    static boolean trusted(DecoderResult decoded, int dimension) {
        int corrected = decoded.getErrorsCorrected() == null ? 0 : decoded.getErrorsCorrected();
        return corrected * 4 <= ecCodewordsPerBlock(dimension, decoded.getECLevel());
    }

    private static int ecCodewordsPerBlock(int dimension, String level) {
        try {
            Version version = Version.getProvisionalVersionForDimension(dimension);
            return version.getECBlocksForLevel(ErrorCorrectionLevel.valueOf(level)).getECCodewordsPerBlock();
        } catch (IllegalArgumentException | NullPointerException | ReaderException e) {
            return 0;
        }
    }

    private static Optional<Result> decode(boolean[][] modules, Map<DecodeHintType, Object> hints, Grid grid) {
        try {
            DecoderResult decoded = new Decoder().decode(modules, hints);
            if (!trusted(decoded, modules.length)) {
                return Optional.empty();
            }
            Result result = new Result(decoded.getText(), decoded.getRawBytes(), grid.corners(), BarcodeFormat.QR_CODE);
            if (decoded.getByteSegments() != null) {
                result.putMetadata(ResultMetadataType.BYTE_SEGMENTS, decoded.getByteSegments());
            }
            if (decoded.getECLevel() != null) {
                result.putMetadata(ResultMetadataType.ERROR_CORRECTION_LEVEL, decoded.getECLevel());
            }
            result.putMetadata(ResultMetadataType.ERRORS_CORRECTED,
                    decoded.getErrorsCorrected() == null ? 0 : decoded.getErrorsCorrected());
            result.putMetadata(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]Q" + decoded.getSymbologyModifier());
            return Optional.of(result);
        } catch (ReaderException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The candidate grids for one set of finders, the outline-fitted ones first. */
    private static List<Grid> candidates(Luma image, FinderPatternInfo info) {
        FinderPattern tl = info.getTopLeft();
        FinderPattern tr = info.getTopRight();
        FinderPattern bl = info.getBottomLeft();
        double[] u = unit(tr.getX() - tl.getX(), tr.getY() - tl.getY());
        double[] v = unit(bl.getX() - tl.getX(), bl.getY() - tl.getY());
        double module = (tl.getEstimatedModuleSize() + tr.getEstimatedModuleSize() + bl.getEstimatedModuleSize()) / 3;
        List<Grid> grids = new ArrayList<>();
        Optional<Outline> tlOutline = Outline.fit(image, tl, module, u, v);
        Optional<Outline> trOutline = Outline.fit(image, tr, module, u, v);
        Optional<Outline> blOutline = Outline.fit(image, bl, module, u, v);
        int estimate = dimension(tl, tr, bl, module);
        if (tlOutline.isPresent() && trOutline.isPresent() && blOutline.isPresent()) {
            grids.addAll(outlineGrids(tlOutline.get(), trOutline.get(), blOutline.get(), estimate));
        }
        for (int dimension : dimensions(estimate, estimate)) {
            grids.add(Grid.ofCentres(dimension, tl, tr, bl));
        }
        return grids;
    }

    /**
     * Grids through the symbol's outer corners. The top and left edges run through two finders'
     * fitted sides each (a long baseline); the right and bottom edges through one. The fourth
     * corner is where those meet, or, as a second candidate, the parallelogram's corner.
     */
    private static List<Grid> outlineGrids(Outline tl, Outline tr, Outline bl, int centreEstimate) {
        Line top = Line.through(tl.minusV().point(), tr.minusV().point());
        Line left = Line.through(tl.minusU().point(), bl.minusU().point());
        Line right = Line.towardsMeeting(tr.plusU().point(), left, Line.through(tl.plusU().point(), bl.plusU().point()));
        Line bottom = Line.towardsMeeting(bl.plusV().point(), top, Line.through(tl.plusV().point(), tr.plusV().point()));
        double[] p0 = Line.intersect(top, left);
        double[] p1 = Line.intersect(top, right);
        double[] p3 = Line.intersect(left, bottom);
        double[] p2 = Line.intersect(right, bottom);
        if (p0 == null || p1 == null || p3 == null) {
            return List.of();
        }
        double moduleU = (tl.widthU() + tr.widthU() + bl.widthU()) / 21;
        double moduleV = (tl.widthV() + tr.widthV() + bl.widthV()) / 21;
        double across = (Math.hypot(p1[0] - p0[0], p1[1] - p0[1]) / moduleU
                + Math.hypot(p3[0] - p0[0], p3[1] - p0[1]) / moduleV) / 2;
        int estimate = (int) Math.round((across - 17) / 4) * 4 + 17;
        double[] parallelogram = {p1[0] + p3[0] - p0[0], p1[1] + p3[1] - p0[1]};
        List<Grid> grids = new ArrayList<>();
        for (int dimension : dimensions(estimate, centreEstimate)) {
            for (float inset : INSETS) {
                if (p2 != null) {
                    grids.add(Grid.ofCorners(dimension, inset, p0, p1, p2, p3));
                }
                grids.add(Grid.ofCorners(dimension, inset, p0, p1, parallelogram, p3));
            }
        }
        return grids;
    }

    private static List<Integer> dimensions(int first, int second) {
        List<Integer> dimensions = new ArrayList<>();
        for (int d : new int[] {first, second, first + 4, first - 4}) {
            if (d >= 21 && d <= 177 && !dimensions.contains(d)) {
                dimensions.add(d);
            }
        }
        return dimensions;
    }

    /** zxing's estimate from finder distances, snapped to the nearest 4 v + 17. */
    private static int dimension(FinderPattern tl, FinderPattern tr, FinderPattern bl, double module) {
        double across = (ResultPoint.distance(tl, tr) + ResultPoint.distance(tl, bl)) / 2 / module + 7;
        return (int) Math.round((across - 17) / 4) * 4 + 17;
    }

    private static double[] unit(double x, double y) {
        double length = Math.hypot(x, y);
        return length == 0 ? new double[] {1, 0} : new double[] {x / length, y / length};
    }

    /**
     * The three finder patterns zxing's detector settles on. Its finder search is not public, so
     * the detector runs whole and only its finder patterns are kept: the grid it samples is not used.
     */
    private static final class Finders {

        private static final Map<DecodeHintType, Object> HARDER = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

        private Finders() {
        }

        static Optional<FinderPatternInfo> locate(BitMatrix image) {
            try {
                ResultPoint[] points = new Detector(image).detect(HARDER).getPoints();
                if (points.length >= 3 && points[0] instanceof FinderPattern bl && points[1] instanceof FinderPattern tl
                        && points[2] instanceof FinderPattern tr) {
                    return Optional.of(new FinderPatternInfo(new FinderPattern[] {bl, tl, tr}));
                }
                return Optional.empty();
            } catch (ReaderException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** A line through {@code point} along {@code direction}. */
    record Line(double[] point, double[] direction) {

        /** Vanishing points further than this (pixels) count as at infinity. */
        private static final double FAR = 1e7;

        static Line through(double[] a, double[] b) {
            return new Line(a, unit(b[0] - a[0], b[1] - a[1]));
        }

        /**
         * The line through {@code point} towards the vanishing point where {@code a} and {@code b}
         * (images of parallel lines) meet, or parallel to {@code a} when they do not meet nearby.
         */
        static Line towardsMeeting(double[] point, Line a, Line b) {
            double[] vanishing = intersect(a, b);
            if (vanishing == null || Math.hypot(vanishing[0] - point[0], vanishing[1] - point[1]) > FAR) {
                return new Line(point, a.direction);
            }
            return through(point, vanishing);
        }

        static double[] intersect(Line a, Line b) {
            double cross = a.direction[0] * b.direction[1] - a.direction[1] * b.direction[0];
            if (Math.abs(cross) < 1e-6) {
                return null;
            }
            double dx = b.point[0] - a.point[0];
            double dy = b.point[1] - a.point[1];
            double t = (dx * b.direction[1] - dy * b.direction[0]) / cross;
            return new double[] {a.point[0] + t * a.direction[0], a.point[1] + t * a.direction[1]};
        }
    }

    /**
     * A finder's outer square as four fitted lines, indexed by side: (±1, 0) along u, (0, ±1)
     * along v.
     */
    private record Outline(Line minusU, Line plusU, Line minusV, Line plusV) {

        static Optional<Outline> fit(Luma image, FinderPattern finder, double module, double[] u, double[] v) {
            double cx = finder.getX();
            double cy = finder.getY();
            double dark = image.bilinear(cx, cy);
            double light = (image.bilinear(cx + 2 * module * u[0], cy + 2 * module * u[1])
                    + image.bilinear(cx - 2 * module * v[0], cy - 2 * module * v[1])) / 2;
            if (light - dark < 16) {
                return Optional.empty();
            }
            double threshold = (dark + light) / 2;
            Line[] sides = new Line[4];
            double[][] directions = {{-u[0], -u[1]}, {u[0], u[1]}, {-v[0], -v[1]}, {v[0], v[1]}};
            for (int i = 0; i < 4; i++) {
                double[] along = i < 2 ? v : u;
                sides[i] = side(image, cx, cy, directions[i], along, module, threshold);
                if (sides[i] == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Outline(sides[0], sides[1], sides[2], sides[3]));
        }

        /** Edge points on rays parallel to {@code out} through the core, fitted by least squares; null if too few. */
        private static Line side(Luma image, double cx, double cy, double[] out, double[] along, double module,
                double threshold) {
            List<double[]> points = new ArrayList<>();
            for (int r = 0; r < EDGE_RAYS; r++) {
                double offset = (r - (EDGE_RAYS - 1) / 2.0) * (2.5 / (EDGE_RAYS - 1)) * module;
                double sx = cx + offset * along[0];
                double sy = cy + offset * along[1];
                double[] edge = edge(image, sx, sy, out, module, threshold);
                if (edge != null) {
                    points.add(edge);
                }
            }
            return points.size() < EDGE_RAYS / 2 + 1 ? null : regression(points, cx, cy, out, along);
        }

        /**
         * The outer edge on a ray from the dark core: the grey level rises into the light ring,
         * falls into the dark ring and rises again; the second rise, interpolated, is the edge.
         */
        private static double[] edge(Luma image, double sx, double sy, double[] out, double module, double threshold) {
            double step = Math.max(0.25, module / 8);
            double previous = image.bilinear(sx, sy);
            boolean dark = previous < threshold;
            int rises = 0;
            for (double d = step; d <= MAX_EDGE_MODULES * module; d += step) {
                double value = image.bilinear(sx + d * out[0], sy + d * out[1]);
                if (dark && value >= threshold && ++rises == 2) {
                    double at = d - step * (value - threshold) / Math.max(1e-9, value - previous);
                    return new double[] {sx + at * out[0], sy + at * out[1]};
                }
                dark = value < threshold;
                previous = value;
            }
            return null;
        }

        /**
         * The line through {@code points}, fitted as the offset along {@code out} regressed on the
         * position along {@code along} (both from the finder's centre): stable however short the
         * run of points.
         */
        private static Line regression(List<double[]> points, double cx, double cy, double[] out, double[] along) {
            double st = 0;
            double sn = 0;
            double stt = 0;
            double stn = 0;
            for (double[] p : points) {
                double t = (p[0] - cx) * along[0] + (p[1] - cy) * along[1];
                double n = (p[0] - cx) * out[0] + (p[1] - cy) * out[1];
                st += t;
                sn += n;
                stt += t * t;
                stn += t * n;
            }
            int count = points.size();
            double denominator = count * stt - st * st;
            double slope = Math.abs(denominator) < 1e-9 ? 0 : (count * stn - st * sn) / denominator;
            double intercept = (sn - slope * st) / count;
            double[] point = {cx + intercept * out[0], cy + intercept * out[1]};
            return new Line(point, unit(along[0] + slope * out[0], along[1] + slope * out[1]));
        }

        /** The distance between the sides across u, in pixels: seven modules. */
        double widthU() {
            return distance(minusU, plusU);
        }

        /** The distance between the sides across v, in pixels: seven modules. */
        double widthV() {
            return distance(minusV, plusV);
        }

        private static double distance(Line a, Line b) {
            double dx = b.point[0] - a.point[0];
            double dy = b.point[1] - a.point[1];
            return Math.abs(dx * a.direction[1] - dy * a.direction[0]);
        }
    }

    /** A module grid of {@code dimension}² mapped into the image by a homography. */
    private record Grid(int dimension, PerspectiveTransform toImage, ResultPoint[] corners) {

        /** The grid whose outer corners, moved inwards by {@code inset} modules, fall on the four points. */
        static Grid ofCorners(int dimension, float inset, double[] p0, double[] p1, double[] p2, double[] p3) {
            float d = dimension - inset;
            PerspectiveTransform transform = PerspectiveTransform.quadrilateralToQuadrilateral(
                    inset, inset, d, inset, d, d, inset, d,
                    (float) p0[0], (float) p0[1], (float) p1[0], (float) p1[1],
                    (float) p2[0], (float) p2[1], (float) p3[0], (float) p3[1]);
            return new Grid(dimension, transform, new ResultPoint[] {point(p3), point(p0), point(p1)});
        }

        static Grid ofCentres(int dimension, FinderPattern tl, FinderPattern tr, FinderPattern bl) {
            float far = dimension - 3.5f;
            float brX = tr.getX() + bl.getX() - tl.getX();
            float brY = tr.getY() + bl.getY() - tl.getY();
            PerspectiveTransform transform = PerspectiveTransform.quadrilateralToQuadrilateral(
                    3.5f, 3.5f, far, 3.5f, far, far, 3.5f, far,
                    tl.getX(), tl.getY(), tr.getX(), tr.getY(), brX, brY, bl.getX(), bl.getY());
            return new Grid(dimension, transform, new ResultPoint[] {bl, tl, tr});
        }

        private static ResultPoint point(double[] p) {
            return new ResultPoint((float) p[0], (float) p[1]);
        }

        /** Each module dark or light against the mean of the module values in its neighbourhood. */
        boolean[][] sample(Luma image) {
            double[][] grey = new double[dimension][dimension];
            float[] points = new float[2 * 5];
            float[] offsets = {0, 0, -0.25f, -0.25f, 0.25f, -0.25f, -0.25f, 0.25f, 0.25f, 0.25f};
            for (int y = 0; y < dimension; y++) {
                for (int x = 0; x < dimension; x++) {
                    for (int i = 0; i < offsets.length; i += 2) {
                        points[i] = x + 0.5f + offsets[i];
                        points[i + 1] = y + 0.5f + offsets[i + 1];
                    }
                    toImage.transformPoints(points);
                    double sum = 0;
                    for (int i = 0; i < points.length; i += 2) {
                        sum += image.bilinear(points[i], points[i + 1]);
                    }
                    grey[y][x] = sum / 5;
                }
            }
            return threshold(grey);
        }

        private boolean[][] threshold(double[][] grey) {
            boolean[][] dark = new boolean[dimension][dimension];
            for (int y = 0; y < dimension; y++) {
                for (int x = 0; x < dimension; x++) {
                    double sum = 0;
                    int count = 0;
                    for (int ny = Math.max(0, y - NEIGHBOURHOOD); ny <= Math.min(dimension - 1, y + NEIGHBOURHOOD); ny++) {
                        for (int nx = Math.max(0, x - NEIGHBOURHOOD); nx <= Math.min(dimension - 1, x + NEIGHBOURHOOD); nx++) {
                            sum += grey[ny][nx];
                            count++;
                        }
                    }
                    dark[y][x] = grey[y][x] < sum / count;
                }
            }
            return dark;
        }
    }
}
