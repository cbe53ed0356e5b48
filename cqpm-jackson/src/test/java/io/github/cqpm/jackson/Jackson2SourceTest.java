package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.cqpm.json.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Jackson 2 parser as the format's source: each token in the format's terms, and where it stands
 * (line, column, pointer), as {@code InvalidDocumentException} reports it to a reader of the format.
 */
class Jackson2SourceTest {
  @Test
  void eachTokenInTheFormatsTermsAndWhereItStands() throws Exception {
    String json = "{\n  \"a\": [1, 2.5, \"x\", true, false, null],\n    \"b\": {}\n}";
    List<String> seen = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      Jackson2Source source = new Jackson2Source(parser);
      assertThat(source.currentToken()).isNull();
      assertThat(source.line()).isEqualTo(1);
      for (Token token = source.nextToken(); token != null; token = source.nextToken()) {
        assertThat(source.currentToken()).isEqualTo(token);
        seen.add(token + "@" + source.line() + ":" + source.column() + source.pointer());
      }
    }
    assertThat(seen).containsExactly("START_OBJECT@1:1", "NAME@2:3/a", "START_ARRAY@2:8/a", "INTEGER@2:9/a/0",
        "DECIMAL@2:12/a/1", "STRING@2:17/a/2", "TRUE@2:22/a/3", "FALSE@2:28/a/4", "NULL@2:35/a/5",
        "END_ARRAY@2:39/a", "NAME@3:5/b", "START_OBJECT@3:10/b", "END_OBJECT@3:11/b", "END_OBJECT@4:1");
  }
}
