/**
 * Flow 1: the procedure directory (the starter's offline {@code ProcedureDirectory}) as pages
 * with a diacritic-insensitive search and portal QR codes, and as the REST contract of
 * {@code docs/openapi/procedures.yaml} under {@code /api/v1}.
 */
package vn.congdanso.onestop.procedures;
