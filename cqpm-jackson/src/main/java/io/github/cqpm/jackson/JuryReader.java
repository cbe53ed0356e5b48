package io.github.cqpm.jackson;

import io.github.cqpm.jackson.JsonInput.Fields;
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
  private JuryReader() {}

  static JuryDeliberation deliberation(JsonInput in) throws IOException {
    JuryDeliberation.Builder b = JuryDeliberation.builder();
    String at = in.object("a jury deliberation", new Fields()
        .required("session", () -> b.session(session(in)))
        .required("votes", () -> b.votes(in.array("votes", () -> vote(in))))
        .optional("declaredVerdict", () -> b.declaredVerdict(in.enumValue(Verdict.class))));
    return in.build(at, b::build);
  }

  static JurySession session(JsonInput in) throws IOException {
    JurySession.Builder b = JurySession.builder();
    String at = in.object("a jury session", new Fields()
        .required("date", () -> b.date(in.date()))
        .required("members", () -> b.members(in.array("jury members", () -> member(in))))
        .optional("president", () -> b.president(in.text())));
    return in.build(at, b::build);
  }

  static JuryMember member(JsonInput in) throws IOException {
    JuryMember.Builder b = JuryMember.builder();
    String at = in.object("a jury member", new Fields()
        .required("id", () -> b.id(in.text()))
        .required("college", () -> b.college(in.enumValue(College.class)))
        .required("branch", () -> b.branch(in.enumValue(Branch.class)))
        .required("organisation", () -> b.organisation(in.text()))
        .required("voting", () -> b.voting(in.bool())));
    return in.build(at, b::build);
  }

  static Vote vote(JsonInput in) throws IOException {
    var v = new Object() { String member; VoteChoice choice; };
    String at = in.object("a vote", new Fields()
        .required("member", () -> v.member = in.text())
        .required("choice", () -> v.choice = in.enumValue(VoteChoice.class)));
    return in.build(at, () -> Vote.of(v.member, v.choice));
  }
}
