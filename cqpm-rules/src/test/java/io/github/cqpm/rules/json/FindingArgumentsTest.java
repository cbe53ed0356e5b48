package io.github.cqpm.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * A document's {@code arguments} object is each of the code's argument names beside the
 * argument's text, in the code's order, for every code: what a map built from them holds.
 */
class FindingArgumentsTest {
  private static final Subject SUBJECT = Subject.of(Subject.Kind.CAPACITY, CapacityCode.of(5));

  @Test
  void everyCodesArgumentsByNameInTheCodesOrder() {
    for (FindingCode code : FindingCode.values()) {
      List<String> names = code.getArgumentNames();
      Object[] arguments = new Object[names.size()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = i % 2 == 0 ? LocalDate.of(2016, 5, i + 1) : CapacityCode.of(i);
      }
      Finding finding = Finding.of(code, SUBJECT, arguments);
      Map<String, String> expected = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        expected.put(names.get(i), finding.argumentTexts().get(i));
      }
      FindingArguments view = new FindingArguments(finding);
      assertThat(view).as(code.name()).isEqualTo(expected).hasSameHashCodeAs(expected);
      assertThat(new ArrayList<>(view.keySet())).as(code.name()).isEqualTo(names);
      assertThat(new ArrayList<>(view.values())).as(code.name()).isEqualTo(finding.argumentTexts());
    }
  }

  @Test
  void aReadOnlyViewWhoseIteratorEnds() {
    Finding finding = Finding.of(FindingCode.CAPACITY_NOT_ASSESSED, SUBJECT, CapacityCode.of(5));
    FindingArguments view = new FindingArguments(finding);
    Iterator<Map.Entry<String, String>> entries = view.entrySet().iterator();
    Map.Entry<String, String> only = entries.next();
    assertThat(only.getValue()).isEqualTo("C5");
    assertThat(entries.hasNext()).isFalse();
    assertThatThrownBy(entries::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> only.setValue("C6")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.put("capacity", "C6")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(view).hasSize(1).containsEntry(only.getKey(), "C5");
  }
}
