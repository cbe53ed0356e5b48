package io.github.cqpm.jackson3;

import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import io.github.cqpm.json.JsonSource;
import io.github.cqpm.json.Token;

/** A Jackson 3 parser as the format's {@link JsonSource}. */
final class Jackson3Source implements JsonSource {
  private final JsonParser parser;

  Jackson3Source(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public Token currentToken() {
    return token(parser.currentToken());
  }

  @Override
  public Token nextToken() {
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
      case PROPERTY_NAME:
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
  public String currentName() {
    return parser.currentName();
  }

  @Override
  public String text() {
    return parser.getString();
  }

  /** Compared in the parser's buffer: no string is made for a value that is one of the names. */
  @Override
  public int textIndexIn(String[] names) {
    return JsonSource.indexIn(
        names, parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
  }

  @Override
  public boolean isInt() {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public String pointer() {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public int line() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  @Override
  public int column() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }
}
