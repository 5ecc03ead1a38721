package vn.congdanso.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import vn.congdanso.core.RejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrImageTest {

    private static final String TEXT = "Tra cứu hồ sơ H15.50.05.13-261008-0975 tại Bộ phận Một cửa";
    private static final QrCode CODE = QrEncoder.standard().encode(TEXT);

    private record Chunk(String type, byte[] data, int crc) {
    }

    @Test
    void writesPngWithValidSignatureChunksAndCrcs() {
        byte[] png = QrImage.png(CODE);

        List<Chunk> chunks = chunks(png);
        assertThat(chunks).extracting(Chunk::type).containsExactly("IHDR", "IDAT", "IEND");
        for (Chunk chunk : chunks) {
            CRC32 crc = new CRC32();
            crc.update(chunk.type().getBytes(StandardCharsets.US_ASCII));
            crc.update(chunk.data());
            assertThat((int) crc.getValue()).as(chunk.type() + " CRC").isEqualTo(chunk.crc());
        }
    }

    @Test
    void writesIhdrWithSizeDepthAndGrayscale() {
        PngOptions options = PngOptions.builder().scale(3).quietZone(2).depth(PngOptions.Depth.EIGHT_BIT).build();

        ByteBuffer ihdr = ByteBuffer.wrap(chunks(QrImage.png(CODE, options)).get(0).data());

        int side = (CODE.size() + 4) * 3;
        assertThat(ihdr.getInt()).isEqualTo(side);
        assertThat(ihdr.getInt()).isEqualTo(side);
        assertThat(ihdr.get()).isEqualTo((byte) 8);
        assertThat(ihdr.get()).isEqualTo((byte) 0);
        assertThat(ihdr.get()).isZero();
        assertThat(ihdr.get()).isZero();
        assertThat(ihdr.get()).isZero();
    }

    @ParameterizedTest
    @EnumSource(PngOptions.Depth.class)
    void writesPngThatImageIoReadsPixelForPixel(PngOptions.Depth depth) throws IOException {
        PngOptions options = PngOptions.builder().scale(2).quietZone(4).depth(depth).build();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImage.png(CODE, options)));

        assertThat(image.getWidth()).isEqualTo((CODE.size() + 8) * 2);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean dark = CODE.isDark(x / 2 - 4, y / 2 - 4);
                assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(dark ? 0 : 0xFFFFFF);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void roundTripsVietnameseThroughPngAtEveryLevel(ErrorCorrection level) {
        QrCode code = QrEncoder.builder().errorCorrection(level).build().encode(TEXT);

        DecodedQr decoded = QrDecoder.standard().decode(QrImage.png(code, PngOptions.defaults()));

        assertThat(decoded.text()).isEqualTo(TEXT);
        assertThat(decoded.errorCorrection()).contains(level);
        assertThat(decoded.eci()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ErrorCorrection.class)
    void writesWellFormedSvgAtEveryLevel(ErrorCorrection level) throws Exception {
        QrCode code = QrEncoder.builder().errorCorrection(level).build().encode(TEXT);

        Document svg = parse(QrImage.svg(code));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("shape-rendering")).isEqualTo("crispEdges");
        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(1);
        int units = code.size() + 8;
        assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 " + units + " " + units);
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(units * 8));
    }

    @Test
    void appliesSvgColoursAndTransparentBackground() throws Exception {
        SvgOptions options = SvgOptions.builder().darkColor("#1a2b3c").lightColor("none").scale(2).quietZone(0)
                .build();

        Document svg = parse(QrImage.svg(CODE, options));

        assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
        assertThat(((org.w3c.dom.Element) svg.getElementsByTagName("path").item(0)).getAttribute("fill"))
                .isEqualTo("#1a2b3c");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo(String.valueOf(CODE.size() * 2));
    }

    @Test
    void drawsEveryDarkModuleInTheSvgPath() throws Exception {
        String path = ((org.w3c.dom.Element) parse(QrImage.svg(CODE)).getElementsByTagName("path").item(0))
                .getAttribute("d");

        int darkModules = 0;
        for (int y = 0; y < CODE.size(); y++) {
            for (int x = 0; x < CODE.size(); x++) {
                darkModules += CODE.isDark(x, y) ? 1 : 0;
            }
        }
        int drawn = 0;
        java.util.regex.Matcher run = java.util.regex.Pattern.compile("h(\\d+)v1").matcher(path);
        while (run.find()) {
            drawn += Integer.parseInt(run.group(1));
        }
        assertThat(drawn).isEqualTo(darkModules);
    }

    @Test
    void rejectsImagesLargerThanTheLimit() {
        QrCode big = QrEncoder.builder().errorCorrection(ErrorCorrection.L).build().encode("A".repeat(4000));

        assertThatThrownBy(() -> QrImage.png(big, PngOptions.builder().scale(100).build()))
                .isInstanceOfSatisfying(RejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(QrError.IMAGE_TOO_LARGE));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(svg)));
    }

    private static List<Chunk> chunks(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        buffer.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        List<Chunk> chunks = new ArrayList<>();
        while (buffer.hasRemaining()) {
            byte[] data = new byte[buffer.getInt()];
            byte[] type = new byte[4];
            buffer.get(type).get(data);
            chunks.add(new Chunk(new String(type, StandardCharsets.US_ASCII), data, buffer.getInt()));
        }
        return chunks;
    }
}
