package io.github.cqpm.json;

import io.github.cqpm.json.JsonInput.Shape;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import java.io.IOException;

/** Reads the jury's types; see {@link JsonInput} for the strictness. */
final class JuryReader {
  private static final Shape DELIBERATION =
      Shape.of("a jury deliberation", "session", "votes").optional("declaredVerdict");
  private static final Shape SESSION = Shape.of("a jury session", "date", "members").optional("president");
  private static final Shape MEMBER =
      Shape.of("a jury member", "id", "college", "branch", "organisation", "voting");
  private static final Shape VOTE = Shape.of("a vote", "member", "choice");

  private JuryReader() {}

  static JuryDeliberation deliberation(JsonInput in) throws IOException {
    JuryDeliberation.Builder b = JuryDeliberation.builder();
    in.object(DELIBERATION, name -> {
      switch (name) {
        case "session": b.session(session(in)); break;
        case "votes": b.votes(in.array("votes", () -> vote(in))); break;
        default: b.declaredVerdict(in.enumValue(Verdict.class));
      }
    });
    return in.build(b::build);
  }

  static JurySession session(JsonInput in) throws IOException {
    JurySession.Builder b = JurySession.builder();
    in.object(SESSION, name -> {
      switch (name) {
        case "date": b.date(in.date()); break;
        case "members": b.members(in.array("jury members", () -> member(in))); break;
        default: b.president(in.text());
      }
    });
    return in.build(b::build);
  }

  static JuryMember member(JsonInput in) throws IOException {
    JuryMember.Builder b = JuryMember.builder();
    in.object(MEMBER, name -> {
      switch (name) {
        case "id": b.id(in.text()); break;
        case "college": b.college(in.enumValue(College.class)); break;
        case "branch": b.branch(in.enumValue(Branch.class)); break;
        case "organisation": b.organisation(in.text()); break;
        default: b.voting(in.bool());
      }
    });
    return in.build(b::build);
  }

  static Vote vote(JsonInput in) throws IOException {
    var v = new Object() { String member; VoteChoice choice; };
    in.object(VOTE, name -> {
      if (name.equals("member")) {
        v.member = in.text();
      } else {
        v.choice = in.enumValue(VoteChoice.class);
      }
    });
    return in.build(() -> Vote.of(v.member, v.choice));
  }
}
