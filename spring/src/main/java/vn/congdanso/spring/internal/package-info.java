/** Implementation of the Spring Boot starter; not API. */
package vn.congdanso.spring.internal;
