package vn.congdanso.cli;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.congdanso.core.testing.SharedVectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code congdanso qr decode} on the photo corpus saved as users save photos: each of the 97
 * photos as one of an 8-bit grey PNG, a 16-bit grey PNG, a palette PNG and a grey JPEG (in turn),
 * turned by 0°, 90°, 180° or 270° (in turn), all decoded in one run of the command. The qr
 * module's {@code QrDecoderCorpusTest} covers every variant at every rotation.
 */
class QrDecodeCorpusCliTest {

    /** set-2/13's label says "photograph"; the symbol holds "photography" (see QrDecoderCorpusTest). */
    private static final Map<String, String> CORRECTED_LABELS = Map.of("set-2-13.png",
            "The 2005 USGS aerial photography of the Washington Monument is censored.");
    private static final int FLOOR = 95;

    @Test
    void decodesGreyPaletteAndJpegCopiesOfTheCorpusWithoutMisreads(@TempDir Path dir) throws IOException {
        Map<String, String> expected = new HashMap<>();
        List<String> args = new ArrayList<>(List.of("qr", "decode", "--json"));
        int index = 0;
        for (String set : List.of("set-1", "set-2", "set-3")) {
            try (Stream<Path> files = Files.list(SharedVectors.path("corpus/qr-photos/" + set))) {
                for (Path photo : files.filter(f -> !f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = set + "-" + photo.getFileName();
                    String base = photo.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                    String label = withoutNewline(Files.readString(photo.resolveSibling(base + ".txt"), StandardCharsets.UTF_8));
                    Path copy = copy(ImageIO.read(photo.toFile()), index, dir.resolve(name));
                    expected.put(copy.toString(), CORRECTED_LABELS.getOrDefault(name, label));
                    args.add(copy.toString());
                    index++;
                }
            }
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        int read = 0;
        List<String> misread = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            JsonNode result = Output.MAPPER.readTree(line);
            if (result.get("valid").asBoolean()) {
                String text = withoutNewline(result.get("text").asText());
                if (text.equals(expected.get(result.get("file").asText()))) {
                    read++;
                } else {
                    misread.add(result.get("file").asText() + ": " + text);
                }
            }
        }
        System.out.printf("qr decode read %d of %d corpus copies%n", read, index);
        assertThat(index).isEqualTo(97);
        assertThat(misread).isEmpty();
        assertThat(read).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Photo {@code index} turned by {@code index} quarter turns, grey, in variant {@code index} mod 4. */
    private static Path copy(BufferedImage photo, int index, Path name) throws IOException {
        byte[] grey = rotate(luminance(photo), photo.getWidth(), photo.getHeight(), index % 4);
        boolean swap = index % 2 == 1;
        int w = swap ? photo.getHeight() : photo.getWidth();
        int h = swap ? photo.getWidth() : photo.getHeight();
        BufferedImage image;
        String format = "png";
        switch (index % 4) {
            case 0 -> image = grey8(grey, w, h);
            case 1 -> {
                image = new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY);
                short[] wide = new short[grey.length];
                for (int i = 0; i < grey.length; i++) {
                    wide[i] = (short) ((grey[i] & 0xFF) * 257);
                }
                image.getRaster().setDataElements(0, 0, w, h, wide);
            }
            case 2 -> image = shuffledPalette(grey, w, h);
            default -> {
                image = grey8(grey, w, h);
                format = "jpg";
            }
        }
        Path file = name.resolveSibling(name.getFileName() + "." + format);
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
        return file;
    }

    private static BufferedImage grey8(byte[] grey, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, w, h, grey);
        return image;
    }

    private static BufferedImage shuffledPalette(byte[] grey, int w, int h) {
        byte[] entries = new byte[256];
        byte[] indexOf = new byte[256];
        for (int i = 0; i < 256; i++) {
            entries[i] = (byte) (i * 167 % 256);
            indexOf[i * 167 % 256] = (byte) i;
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, entries, entries, entries));
        byte[] indices = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            indices[i] = indexOf[grey[i] & 0xFF];
        }
        image.getRaster().setDataElements(0, 0, w, h, indices);
        return image;
    }

    /** 0.299 R + 0.587 G + 0.114 B of the sRGB samples; a grey photo's own samples. */
    private static byte[] luminance(BufferedImage photo) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        byte[] grey = new byte[w * h];
        boolean greySamples = photo.getType() == BufferedImage.TYPE_BYTE_GRAY;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = photo.getRGB(x, y);
                grey[y * w + x] = (byte) (greySamples ? photo.getRaster().getSample(x, y, 0)
                        : rgb >>> 24 == 0 ? 0xFF
                        : (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000);
            }
        }
        return grey;
    }

    private static byte[] rotate(byte[] in, int w, int h, int quarterTurns) {
        byte[] out = new byte[in.length];
        int outWidth = quarterTurns % 2 == 1 ? h : w;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int target = switch (quarterTurns) {
                    case 0 -> y * w + x;
                    case 1 -> x * outWidth + (h - 1 - y);
                    case 2 -> (h - 1 - y) * outWidth + (w - 1 - x);
                    default -> (w - 1 - x) * outWidth + y;
                };
                out[target] = in[y * w + x];
            }
        }
        return out;
    }

    private static String withoutNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
