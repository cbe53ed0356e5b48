package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.cqpm.json.JsonSource;
import io.github.cqpm.json.Token;
import java.io.IOException;

/** A Jackson 2 parser as the format's {@link JsonSource}. */
final class Jackson2Source implements JsonSource {
  private final JsonParser parser;

  Jackson2Source(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public Token nextToken() throws IOException {
    return token(parser.nextToken());
  }

  private static Token token(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        return Token.OTHER;
    }
  }

  @Override
  public String currentName() throws IOException {
    return parser.currentName();
  }

  @Override
  public String text() throws IOException {
    return parser.getText();
  }

  /** Compared in the parser's buffer: no string is made for a value that is one of the names. */
  @Override
  public int textIndexIn(String[] names) throws IOException {
    return JsonSource.indexIn(
        names, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  @Override
  public boolean isInt() throws IOException {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public int line() {
    JsonLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  @Override
  public int column() {
    JsonLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }
}
