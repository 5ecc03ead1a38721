package vn.congdanso.qr.internal;

/**
 * Writes a module grid as an SVG document: an optional background rectangle and one path of
 * horizontal runs of dark modules, drawn with crisp edges in module units.
 */
public final class SvgWriter {

    private SvgWriter() {
    }

    /**
     * The SVG of {@code grid}; colours must already be validated (they are copied into attributes
     * as is). {@code lightColor} {@code none} omits the background.
     */
    public static String write(PngWriter.Grid grid, int modules, int scale, int quietZone,
                               String darkColor, String lightColor) {
        int units = modules + 2 * quietZone;
        int pixels = units * scale;
        StringBuilder svg = new StringBuilder(256 + modules * modules * 2);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(pixels)
                .append("\" height=\"").append(pixels).append("\" viewBox=\"0 0 ").append(units).append(' ')
                .append(units).append("\" shape-rendering=\"crispEdges\">\n");
        if (!lightColor.equals("none")) {
            svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(lightColor).append("\"/>\n");
        }
        svg.append("<path fill=\"").append(darkColor).append("\" d=\"");
        appendRuns(svg, grid, modules, quietZone);
        return svg.append("\"/>\n</svg>\n").toString();
    }

    private static void appendRuns(StringBuilder path, PngWriter.Grid grid, int modules, int quietZone) {
        for (int y = 0; y < modules; y++) {
            int x = 0;
            while (x < modules) {
                if (!grid.isDark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules && grid.isDark(x, y)) {
                    x++;
                }
                path.append('M').append(start + quietZone).append(' ').append(y + quietZone)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
    }
}
