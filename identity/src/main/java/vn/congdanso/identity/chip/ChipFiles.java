package vn.congdanso.identity.chip;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.congdanso.core.RejectedException;

import static java.util.Objects.requireNonNull;

/**
 * The raw files a reader app read from the chip: EF.SOD and any of the data groups, exactly as read
 * (tag and length included). Arrays are copied in and out. Immutable and thread-safe;
 * {@link #toString()} shows only which files are present and their sizes.
 */
public final class ChipFiles {

    /** The largest file accepted, DG2 (the face image). */
    public static final int MAX_DG2_BYTES = 2 * 1024 * 1024;
    /** The largest EF.SOD and the largest other data group accepted. */
    public static final int MAX_FILE_BYTES = 64 * 1024;

    private final byte[] sod;
    private final SortedMap<Integer, byte[]> dataGroups;

    private ChipFiles(Builder builder) {
        this.sod = builder.sod;
        this.dataGroups = Collections.unmodifiableSortedMap(new TreeMap<>(builder.dataGroups));
    }

    /** A builder; EF.SOD is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The largest size accepted for data group {@code number}. */
    public static int maxBytes(int number) {
        return number == 2 ? MAX_DG2_BYTES : MAX_FILE_BYTES;
    }

    /** A copy of EF.SOD. */
    public byte[] sod() {
        return sod.clone();
    }

    /** A copy of data group {@code number}, when provided. */
    public Optional<byte[]> dataGroup(int number) {
        return Optional.ofNullable(dataGroups.get(number)).map(byte[]::clone);
    }

    /** A copy of all provided data groups by number, ascending. */
    public SortedMap<Integer, byte[]> dataGroups() {
        SortedMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroups.forEach((number, bytes) -> copy.put(number, bytes.clone()));
        return copy;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ChipFiles[SOD ").append(sod.length).append(" bytes");
        dataGroups.forEach((number, bytes) -> text.append(", DG").append(number).append(' ').append(bytes.length).append(" bytes"));
        return text.append(']').toString();
    }

    /** Collects the files. Not thread-safe. */
    public static final class Builder {

        private byte[] sod;
        private final SortedMap<Integer, byte[]> dataGroups = new TreeMap<>();

        private Builder() {
        }

        /** EF.SOD; refused with {@link ChipError#TOO_LARGE} above {@link #MAX_FILE_BYTES}. */
        public Builder sod(byte[] sod) {
            requireNonNull(sod, "sod == null");
            this.sod = limited(sod, MAX_FILE_BYTES, "EF.SOD");
            return this;
        }

        /**
         * Data group {@code number} (1–16); refused with {@link ChipError#BAD_DATA_GROUP_NUMBER}, or with
         * {@link ChipError#TOO_LARGE} above {@link ChipFiles#maxBytes(int)}.
         */
        public Builder dataGroup(int number, byte[] contents) {
            requireNonNull(contents, "contents == null");
            if (number < 1 || number > 16) {
                throw new RejectedException(ChipError.BAD_DATA_GROUP_NUMBER, "data groups are numbered 1–16, got " + number);
            }
            dataGroups.put(number, limited(contents, maxBytes(number), "DG" + number));
            return this;
        }

        /** DG1, the MRZ. */
        public Builder dg1(byte[] contents) {
            return dataGroup(1, contents);
        }

        /** DG2, the face image. */
        public Builder dg2(byte[] contents) {
            return dataGroup(2, contents);
        }

        /** DG13, the Vietnamese personal data. */
        public Builder dg13(byte[] contents) {
            return dataGroup(13, contents);
        }

        /** DG14, the chip authentication security infos. */
        public Builder dg14(byte[] contents) {
            return dataGroup(14, contents);
        }

        /** DG15, the active authentication public key. */
        public Builder dg15(byte[] contents) {
            return dataGroup(15, contents);
        }

        /** The files; requires EF.SOD. */
        public ChipFiles build() {
            requireNonNull(sod, "EF.SOD is required");
            return new ChipFiles(this);
        }

        private static byte[] limited(byte[] contents, int limit, String what) {
            if (contents.length > limit) {
                throw new RejectedException(ChipError.TOO_LARGE, what + " has " + contents.length + " bytes, at most " + limit);
            }
            return contents.clone();
        }
    }
}
