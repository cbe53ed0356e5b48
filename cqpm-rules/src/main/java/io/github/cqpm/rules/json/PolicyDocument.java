package io.github.cqpm.rules.json;

import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.rules.RulePolicy;
import java.io.IOException;
import java.util.Objects;

/**
 * The choices of a {@link RulePolicy} where the fiche is silent, as the JSON object a decision
 * (and the command line's audit summary) records: {@code registrationEnd} ({@code INCLUSIVE} or
 * {@code EXCLUSIVE}), {@code unfavourableOpinion}, {@code tieFallback}, {@code quorum}, {@code
 * validityScope}, {@code routes}, each named by its constant.
 *
 * @param policy the policy
 */
public record PolicyDocument(RulePolicy policy) implements JsonWritable {
  /**
   * Checks the policy.
   *
   * @param policy the policy
   */
  public PolicyDocument {
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * The document of a policy.
   *
   * @param policy the policy
   * @return its document
   */
  public static PolicyDocument of(RulePolicy policy) {
    return new PolicyDocument(policy);
  }

  /**
   * The JSON of a policy, declared once: what writes it and what reads it back.
   *
   * @return the policy's type
   */
  public static JsonType<RulePolicy> json() {
    return DecisionJson.POLICY;
  }

  @Override
  public void writeTo(JsonSink sink) throws IOException {
    DecisionJson.POLICY.write(policy, sink);
  }
}
