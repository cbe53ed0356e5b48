package io.github.cqpm.spring;

import io.github.cqpm.jackson3.CqpmModule;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.rules.CqpmRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What the starter adds, and nothing else: the {@link ReferentialCatalog} the application decides
 * with (the bundled one unless it defines its own), cqpm's Jackson 3 module of that catalogue as a
 * bean (Boot's
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
   * The référentiels the application decides with: the bundled catalogue (RNCP 19453). An
   * application that holds others defines its own bean, {@code
   * ReferentialCatalog.bundled().with(imported)}, and the module and the rules take it.
   *
   * @return the bundled catalogue
   */
  @Bean
  @ConditionalOnMissingBean
  public ReferentialCatalog cqpmReferentialCatalog() {
    return ReferentialCatalog.bundled();
  }

  /**
   * The Jackson 3 module of the cqpm model, reading dossiers for the catalogue's référentiels.
   *
   * @param catalog the référentiels a dossier may name
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public CqpmModule cqpmJacksonModule(ReferentialCatalog catalog) {
    return new CqpmModule(catalog);
  }

  /**
   * The rules of the référentiel {@code cqpm.rules.certification} under the policy the other
   * {@code cqpm.rules.*} properties choose.
   *
   * @param catalog the référentiels the application decides with
   * @param properties the properties
   * @return the rules
   * @throws IllegalStateException if the catalogue holds no référentiel under that number
   */
  @Bean
  @ConditionalOnMissingBean
  public CqpmRules cqpmRules(ReferentialCatalog catalog, CqpmRulesProperties properties) {
    RncpNumber certification = RncpNumber.parse(properties.getCertification());
    return CqpmRules.forCertification(catalog, certification, properties.toPolicy())
        .orElseThrow(() -> new IllegalStateException(
            "cqpm.rules.certification: the catalogue holds no référentiel under " + certification
                + " (it holds: " + catalog.numbers() + ")"));
  }

  /**
   * The Jackson 3 module of the bundled catalogue; 0.1.0's bean method, no longer a bean.
   *
   * @return the module
   * @deprecated the bean is {@link #cqpmJacksonModule(ReferentialCatalog)}, of the catalogue bean
   */
  @Deprecated(since = "0.2.0")
  public CqpmModule cqpmJacksonModule() {
    return cqpmJacksonModule(ReferentialCatalog.bundled());
  }

  /**
   * The rules of the bundled catalogue; 0.1.0's bean method, no longer a bean.
   *
   * @param properties the properties
   * @return the rules
   * @deprecated the bean is {@link #cqpmRules(ReferentialCatalog, CqpmRulesProperties)}, of the
   *     catalogue bean
   */
  @Deprecated(since = "0.2.0")
  public CqpmRules cqpmRules(CqpmRulesProperties properties) {
    return cqpmRules(ReferentialCatalog.bundled(), properties);
  }
}
