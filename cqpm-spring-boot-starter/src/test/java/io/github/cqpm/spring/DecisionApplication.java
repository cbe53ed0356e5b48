package io.github.cqpm.spring;

import io.github.cqpm.jackson3.InvalidJsonException;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.json.DecisionDocument;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A small application as a user writes it with the starter: the README's "Spring Boot" code. */
@SpringBootApplication
class DecisionApplication {

  /** Decides the dossier it is sent. */
  @RestController
  static class DecisionController {
    private final CqpmRules rules;

    DecisionController(CqpmRules rules) {
      this.rules = rules;
    }

    @PostMapping("/decisions")
    DecisionDocument decide(@Valid @RequestBody Dossier dossier) {
      return DecisionDocument.of(dossier, rules.decide(dossier), rules, Locale.ENGLISH);
    }
  }

  /** Bad input as a problem (RFC 9457) that says where and what. */
  @RestControllerAdvice
  static class Problems {
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "not a dossier");
      if (e.getCause() instanceof InvalidJsonException json) {
        problem.setDetail(json.getProblem());
        problem.setProperty("pointer", json.getPointer());
      }
      return problem;
    }

    @ExceptionHandler
    ProblemDetail notConform(MethodArgumentNotValidException e) {
      return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getBindingResult().getFieldErrors().stream()
          .map(error -> error.getField() + ": " + error.getDefaultMessage())
          .collect(Collectors.joining("; ")));
    }
  }
}
