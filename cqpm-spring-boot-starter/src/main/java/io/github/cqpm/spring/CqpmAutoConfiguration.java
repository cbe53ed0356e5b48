package io.github.cqpm.spring;

import io.github.cqpm.jackson3.CqpmModule;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.rules.CqpmRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What the starter adds, and nothing else: cqpm's Jackson 3 module as a bean (Boot's
 * auto-configured {@code JsonMapper} registers every {@code JacksonModule} bean, so dossiers and
 * référentiels bind strictly and decisions are written, even with {@code
 * spring.jackson.find-and-add-modules=false}), and a {@link CqpmRules} bean built from the {@code
 * cqpm.rules.*} properties ({@link CqpmRulesProperties}). Each backs off when the application
 * defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(CqpmRulesProperties.class)
public class CqpmAutoConfiguration {
  /** Creates the configuration; Spring calls it. */
  public CqpmAutoConfiguration() {}

  /**
   * The Jackson 3 module of the cqpm model.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public CqpmModule cqpmJacksonModule() {
    return new CqpmModule();
  }

  /**
   * The rules of the référentiel {@code cqpm.rules.certification} under the policy the other
   * {@code cqpm.rules.*} properties choose.
   *
   * @param properties the properties
   * @return the rules
   * @throws IllegalStateException if no référentiel is registered under that number
   */
  @Bean
  @ConditionalOnMissingBean
  public CqpmRules cqpmRules(CqpmRulesProperties properties) {
    RncpNumber certification = RncpNumber.parse(properties.getCertification());
    return CqpmRules.forCertification(certification, properties.toPolicy())
        .orElseThrow(() -> new IllegalStateException(
            "cqpm.rules.certification: no référentiel is registered under " + certification));
  }
}
