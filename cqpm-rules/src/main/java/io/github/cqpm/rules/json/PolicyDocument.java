package io.github.cqpm.rules.json;

import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.rules.RulePolicy;
import java.io.IOException;
import java.util.Objects;

/**
 * The choices of a {@link RulePolicy} where the fiche is silent, as the JSON object a decision
 * (and the command line's audit summary) records: {@code registrationEnd} ({@code INCLUSIVE} or
 * {@code EXCLUSIVE}), {@code unfavourableOpinion}, {@code tieFallback}, {@code quorum}, {@code
 * validityScope}, {@code routes}, each named by its constant.
 */
public final class PolicyDocument implements JsonWritable {
  private final RulePolicy policy;

  private PolicyDocument(RulePolicy policy) {
    this.policy = policy;
  }

  /**
   * The document of a policy.
   *
   * @param policy the policy
   * @return its document
   */
  public static PolicyDocument of(RulePolicy policy) {
    return new PolicyDocument(Objects.requireNonNull(policy, "policy"));
  }

  @Override
  public void writeTo(JsonSink sink) throws IOException {
    sink.startObject();
    sink.stringField("registrationEnd", policy.registrationEndInclusive() ? "INCLUSIVE" : "EXCLUSIVE");
    sink.stringField("unfavourableOpinion", policy.unfavourableOpinion().name());
    sink.stringField("tieFallback", policy.tieFallback().name());
    sink.numberField("quorum", policy.quorum());
    sink.stringField("validityScope", policy.validityScope().name());
    sink.stringField("routes", policy.routes().name());
    sink.endObject();
  }
}
