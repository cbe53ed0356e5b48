package io.github.cqpm.checks.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cqpm.jackson.CqpmModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The module producer: Quarkus' mapper gets cqpm's Jackson 2 module. */
@Singleton
public class CqpmCustomizer implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(new CqpmModule());
  }
}
