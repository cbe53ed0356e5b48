/**
 * The Spring Boot 4 starter of cqpm: {@link io.github.cqpm.spring.CqpmAutoConfiguration} and the
 * {@code cqpm.rules.*} properties.
 */
package io.github.cqpm.spring;
