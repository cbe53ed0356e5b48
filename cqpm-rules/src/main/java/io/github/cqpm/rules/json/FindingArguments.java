package io.github.cqpm.rules.json;

import io.github.cqpm.rules.decision.Finding;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's arguments as its JSON object holds them: each of its code's argument names beside
 * the argument's text, in the code's order. A read-only view made for writing a document, without
 * copying the arguments into a hashed map.
 */
final class FindingArguments extends AbstractMap<String, String> {
  private final List<String> names;
  private final Finding finding;

  FindingArguments(Finding finding) {
    this.names = finding.code().getArgumentNames();
    this.finding = finding;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return names.size();
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.size();
          }

          @Override
          public Map.Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names.get(i), finding.argumentText(i));
          }
        };
      }
    };
  }
}
