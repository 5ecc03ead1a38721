/**
 * Flow 5, chip check: upload EF.SOD and data groups read from a chip ID card (or use the
 * synthetic sandbox fixtures generated in the data folder) and see the identity module's passive
 * authentication verdict step by step.
 */
package vn.congdanso.onestop.chip;
