/** Cross-cutting web parts of the desk: language, layout, start page and health. */
package vn.congdanso.onestop.web;
