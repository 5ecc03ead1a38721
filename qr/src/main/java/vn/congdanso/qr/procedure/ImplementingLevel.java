package vn.congdanso.qr.procedure;

/** The level of government that carries out a procedure (since 1 July 2025 there is no district level). */
public enum ImplementingLevel {
    /** A ministry or other central agency. */
    CENTRAL,
    /** A province-level department or the provincial police. */
    PROVINCE,
    /** A commune, ward or special zone. */
    COMMUNE
}
