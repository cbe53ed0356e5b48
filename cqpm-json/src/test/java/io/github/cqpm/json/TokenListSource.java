package io.github.cqpm.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A {@link JsonSource} over a list of tokens and their texts, with no JSON library at all: it
 * keeps the path of names and indices to give the pointer, as a library's parser does.
 */
final class TokenListSource implements JsonSource {
  /** A token and its text (a name, a string, a number), or null. */
  record Item(Token token, String text) {}

  static Item of(Token token) {
    return new Item(token, null);
  }

  static Item name(String name) {
    return new Item(Token.NAME, name);
  }

  static Item string(String value) {
    return new Item(Token.STRING, value);
  }

  static Item integer(int value) {
    return new Item(Token.INTEGER, String.valueOf(value));
  }

  private final List<Item> items;
  private int at = -1;
  /** Per open container: the current name (objects) or index (arrays, as a String). */
  private final Deque<String[]> path = new ArrayDeque<>();

  TokenListSource(List<Item> items) {
    this.items = items;
  }

  @Override
  public Token currentToken() {
    return at < 0 || at >= items.size() ? null : items.get(at).token();
  }

  @Override
  public Token nextToken() {
    Token previous = currentToken();
    if (previous == Token.START_OBJECT) {
      path.push(new String[] {null});
    } else if (previous == Token.START_ARRAY) {
      path.push(new String[] {"-1"});
    }
    at++;
    Token token = currentToken();
    if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
      path.pop();
    } else if (token == Token.NAME) {
      path.peek()[0] = items.get(at).text();
    } else if (token != null && !path.isEmpty() && isIndex(path.peek()[0])) {
      path.peek()[0] = String.valueOf(Integer.parseInt(path.peek()[0]) + 1);
    }
    return token;
  }

  private static boolean isIndex(String segment) {
    return segment != null && (segment.equals("-1") || segment.chars().allMatch(Character::isDigit));
  }

  @Override
  public String currentName() {
    return path.isEmpty() ? null : path.peek()[0];
  }

  @Override
  public String text() {
    return items.get(at).text();
  }

  @Override
  public boolean isInt() {
    try {
      Integer.parseInt(text());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int intValue() {
    return Integer.parseInt(text());
  }

  @Override
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    var segments = new java.util.ArrayList<String[]>(path);
    java.util.Collections.reverse(segments);
    for (String[] segment : segments) {
      if (segment[0] != null && !segment[0].equals("-1")) {
        pointer.append('/').append(segment[0]);
      }
    }
    return pointer.toString();
  }

  @Override
  public int line() {
    return 1;
  }

  @Override
  public int column() {
    return at + 1;
  }
}
