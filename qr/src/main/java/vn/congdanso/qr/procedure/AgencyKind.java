package vn.congdanso.qr.procedure;

/** The kind of top-level (level-1) unit an agency code belongs to, from its level-1 letter. */
public enum AgencyKind {
    /** {@code G}: a ministry or ministry-level agency. */
    MINISTRY('G'),
    /** {@code H}: a province or centrally governed city. */
    PROVINCE('H');

    private final char letter;

    AgencyKind(char letter) {
        this.letter = letter;
    }

    /** The level-1 letter, {@code G} or {@code H}. */
    public char letter() {
        return letter;
    }

    static AgencyKind ofLetter(char letter) {
        for (AgencyKind kind : values()) {
            if (kind.letter == letter) {
                return kind;
            }
        }
        return null;
    }
}
