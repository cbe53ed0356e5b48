package io.github.cqpm.checks.quarkus;

import io.github.cqpm.jackson.InvalidJsonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A dossier that is not one: 400 with the JSON pointer and what was expected. */
public class Problems {
  @ServerExceptionMapper
  public Response notADossier(WebApplicationException e) {
    if (e.getCause() instanceof InvalidJsonException json) {
      return Response.status(400).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("pointer", json.getPointer(), "detail", json.getProblem())).build();
    }
    return e.getResponse();
  }
}
