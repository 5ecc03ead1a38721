package vn.congdanso.identity.mrz;

/** The ICAO 9303 layouts this package reads. */
public enum MrzFormat {
    /** ID cards: three lines of 30 characters. */
    TD1(3, 30),
    /** Passports: two lines of 44 characters. */
    TD3(2, 44);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    /** The number of lines. */
    public int lines() {
        return lines;
    }

    /** The characters per line. */
    public int lineLength() {
        return lineLength;
    }
}
