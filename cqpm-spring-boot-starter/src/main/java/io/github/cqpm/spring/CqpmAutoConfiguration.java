package io.github.cqpm.spring;

import io.github.cqpm.jackson3.CqpmModule;
import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.validation.ConformityValidation;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.spi.ConfigurationState;
import io.github.cqpm.rules.CqpmRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Configuration;
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
 * defines its own. Where Boot's validation is there, {@code @Valid} judges a dossier's conformity
 * against the same catalogue, under the same policy's reading, as the rules do.
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
   * Bean Validation as the rules judge: Boot's validator (what {@code @Valid} uses) reports a
   * dossier's conformity against the catalogue bean, under the reading of the {@code CqpmRules}
   * bean's policy, so that {@code @Valid} refuses what the rules find not conform and accepts what
   * they accept. Only where Boot's validation is on the class path.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ValidationConfigurationCustomizer.class)
  static class ConformityValidationConfiguration {
    /**
     * Puts the conformity validator of the catalogue and policy in Boot's validator, every other
     * constraint left to the factory it had (Spring's, which autowires validators).
     *
     * @param catalog the référentiels the application decides with
     * @param rules the rules, whose policy's reading applies
     * @return the customizer
     */
    @Bean
    ValidationConfigurationCustomizer cqpmConformityValidation(
        ReferentialCatalog catalog, CqpmRules rules) {
      return configuration -> {
        ConstraintValidatorFactory current =
            configuration instanceof ConfigurationState state && state.getConstraintValidatorFactory() != null
                ? state.getConstraintValidatorFactory()
                : configuration.getDefaultConstraintValidatorFactory();
        configuration.constraintValidatorFactory(ConformityValidation.constraintValidatorFactory(
            current, catalog, rules.getPolicy().reading()));
      };
    }
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
