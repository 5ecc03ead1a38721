/**
 * Server-side verification of the data read from the chip of the Vietnamese citizen ID card:
 * EF.SOD, DG1 (MRZ), DG2 (face), DG13 (personal data), DG14 and DG15, and passive authentication
 * against a {@link vn.congdanso.identity.chip.CscaTrustStore}. Start at
 * {@link vn.congdanso.identity.chip.PassiveAuthenticator}. The parsed data groups are reachable only
 * through a {@link vn.congdanso.identity.chip.VerifiedChip}.
 */
package vn.congdanso.identity.chip;
