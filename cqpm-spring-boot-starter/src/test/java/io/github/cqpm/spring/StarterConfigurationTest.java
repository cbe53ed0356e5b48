package io.github.cqpm.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.jackson3.CqpmModule;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.ReferentialCatalog;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.PolicyOption;
import io.github.cqpm.rules.RulePolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the auto-configuration adds, how the properties shape the rules, and that it backs off. */
class StarterConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CqpmAutoConfiguration.class));

  @Test
  void unsetPropertiesAreTheLibrarysDefaults() {
    assertThat(new CqpmRulesProperties().toPolicy()).isEqualTo(RulePolicy.defaults());
    runner.run(context -> {
      assertThat(context).hasSingleBean(CqpmRules.class).hasSingleBean(CqpmModule.class);
      assertThat(context.getBean(CqpmRules.class).getPolicy()).isEqualTo(RulePolicy.defaults());
      assertThat(context.getBean(CqpmRules.class).getReferential()).isEqualTo(Referentials.rncp19453());
    });
  }

  @Test
  void everyPolicyOptionIsAProperty() {
    runner.withPropertyValues(
            "cqpm.rules.tie-fallback=NOT_ADMISSIBLE",
            "cqpm.rules.registration-end-inclusive=false",
            "cqpm.rules.unfavourable-opinion=BLOCKING",
            "cqpm.rules.quorum=6",
            "cqpm.rules.validity-scope=BLOCKS_ONLY",
            "cqpm.rules.routes=EVERY_LISTED")
        .run(context -> assertThat(context.getBean(CqpmRules.class).getPolicy()).isEqualTo(RulePolicy.defaults()
            .withTieFallback(RulePolicy.TieFallback.NOT_ADMISSIBLE)
            .withRegistrationEndInclusive(false)
            .withUnfavourableOpinion(RulePolicy.OpinionPolicy.BLOCKING)
            .withQuorum(6)
            .withValidityScope(RulePolicy.ValidityScope.BLOCKS_ONLY)
            .withRoutes(RulePolicy.RouteReading.EVERY_LISTED)));
  }

  @Test
  void anUnregisteredCertificationOrANegativeQuorumStopsTheApplicationSayingWhy() {
    runner.withPropertyValues("cqpm.rules.certification=RNCP34762").run(context ->
        assertThat(context).getFailure().rootCause()
            .hasMessageContaining("cqpm.rules.certification: the catalogue holds no référentiel under RNCP34762"));
    runner.withPropertyValues("cqpm.rules.quorum=-1").run(context ->
        assertThat(context).getFailure().rootCause().hasMessageContaining("quorum"));
  }

  @Test
  void theApplicationsCatalogueIsTheOneTheRulesAndTheModuleTake() {
    Referential bundled = Referentials.rncp19453();
    Referential revised = Referential.builder().from(bundled)
        .registration(Registration.builder().from(bundled.getRegistration())
            .endDay(java.time.LocalDate.of(2024, 8, 9)).build())
        .build();
    ReferentialCatalog mine = ReferentialCatalog.bundled().with(revised);
    runner.withBean(ReferentialCatalog.class, () -> mine).run(context -> {
      assertThat(context.getBean(ReferentialCatalog.class)).isSameAs(mine);
      assertThat(context.getBean(CqpmRules.class).getReferential()).isSameAs(revised);
    });
    runner.run(context -> assertThat(context.getBean(CqpmRules.class).getReferential()).isSameAs(bundled));
  }

  @Test
  void theApplicationsOwnBeansWin() {
    CqpmRules mine = CqpmRules.of(Referentials.rncp19453(), RulePolicy.defaults().withQuorum(3));
    runner.withBean(CqpmRules.class, () -> mine).run(context ->
        assertThat(context.getBean(CqpmRules.class)).isSameAs(mine));
  }

  @Test
  void theMetadataDescribesEveryOptionOfThePolicyAsItIsDeclared() throws Exception {
    tools.jackson.databind.JsonNode metadata;
    try (var in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
    }
    java.util.Map<String, tools.jackson.databind.JsonNode> properties = new java.util.HashMap<>();
    metadata.get("properties").forEach(p -> properties.put(p.get("name").asString(), p));
    java.util.Map<String, tools.jackson.databind.JsonNode> hints = new java.util.HashMap<>();
    metadata.get("hints").forEach(h -> hints.put(h.get("name").asString(), h.get("values")));
    for (PolicyOption<?> option : RulePolicy.options()) {
      String name = "cqpm.rules." + option.getKebabName();
      assertThat(properties).containsKey(name);
      assertThat(properties.get(name).get("defaultValue").asString()).isEqualTo(option.defaultText());
      assertThat(properties.get(name).get("description").asString()).isEqualTo(option.getDescription());
      assertThat(hints.getOrDefault(name, tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode()))
          .extracting(v -> v.get("value").asString())
          .containsExactlyElementsOf(option.getValues().stream().map(v -> text(option, v)).toList());
    }
    assertThat(properties.get("cqpm.rules.registration-end-inclusive").get("deprecation").get("replacement").asString())
        .isEqualTo("cqpm.rules.registration-end");
    assertThat(properties).containsKey("cqpm.rules.certification");
  }

  @SuppressWarnings("unchecked")
  private static <T> String text(PolicyOption<T> option, Object value) {
    return option.text((T) value);
  }

  @Test
  void theRegistrationEndIsSetByItsOptionsName() {
    runner.withPropertyValues("cqpm.rules.registration-end=exclusive").run(context ->
        assertThat(context.getBean(CqpmRules.class).getPolicy().registrationEnd())
            .isEqualTo(RulePolicy.RegistrationEnd.EXCLUSIVE));
  }
}
