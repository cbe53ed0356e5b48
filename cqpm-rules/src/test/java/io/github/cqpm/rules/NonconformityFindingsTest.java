package io.github.cqpm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each kind of nonconformity of the model is the finding of the same name, with the same facts. */
class NonconformityFindingsTest {
  @Test
  void everyKindTheRulesCanMeetIsAnErrorOrWarningFindingOfTheSameName() {
    for (Nonconformity.Kind kind : Nonconformity.Kind.values()) {
      if (kind == Nonconformity.Kind.UNKNOWN_CERTIFICATION) {
        assertThatIllegalArgumentException().isThrownBy(() -> NonconformityFindings.code(kind));
        continue;
      }
      FindingCode code = NonconformityFindings.code(kind);
      assertThat(code.name()).isEqualTo(kind.name());
      assertThat(code.getSeverity()).isNotEqualTo(Severity.INFO);
    }
    assertThat(Arrays.stream(FindingCode.values()).map(Enum::name))
        .as("no code reports what the model accepts under another name")
        .doesNotContain("UNKNOWN_CERTIFICATION");
  }

  @Test
  void aFindingKeepsTheArgumentsAndNamesTheMemberConcerned() {
    Finding finding = NonconformityFindings.finding(
        Nonconformity.ofMember(Nonconformity.Kind.UNION_HAS_SEVERAL_VOTES, "members[3]", "S4", "CGT", 2));
    assertThat(finding.code()).isEqualTo(FindingCode.UNION_HAS_SEVERAL_VOTES);
    assertThat(finding.argumentTexts()).containsExactly("CGT", "2");
    assertThat(finding.subject().toString()).isEqualTo("MEMBER S4");
  }
}
