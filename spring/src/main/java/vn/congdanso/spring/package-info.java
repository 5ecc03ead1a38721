/**
 * Spring Boot auto-configuration for congdanso: typed {@code congdanso.*} properties, gateway
 * callback verifiers, the exactly-once callback endpoints, health and metrics.
 */
package vn.congdanso.spring;
