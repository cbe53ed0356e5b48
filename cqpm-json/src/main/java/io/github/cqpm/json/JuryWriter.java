package io.github.cqpm.json;

import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import java.io.IOException;

/** Writes the jury's types, properties in the canonical order. */
final class JuryWriter {
  private JuryWriter() {}

  static void deliberation(JsonSink g, JuryDeliberation d) throws IOException {
    g.startObject();
    g.name("session");
    session(g, d.getSession());
    DossierWriter.list(g, "votes", d.getVotes(), JuryWriter::vote);
    if (d.getDeclaredVerdict().isPresent()) {
      g.stringField("declaredVerdict", d.getDeclaredVerdict().get().name());
    }
    g.endObject();
  }

  static void session(JsonSink g, JurySession s) throws IOException {
    g.startObject();
    g.stringField("date", s.getDate().toString());
    DossierWriter.list(g, "members", s.getMembers(), JuryWriter::member);
    if (s.getPresident().isPresent()) {
      g.stringField("president", s.getPresident().get());
    }
    g.endObject();
  }

  static void member(JsonSink g, JuryMember m) throws IOException {
    g.startObject();
    g.stringField("id", m.getId());
    g.stringField("college", m.getCollege().name());
    g.stringField("branch", m.getBranch().name());
    g.stringField("organisation", m.getOrganisation());
    g.booleanField("voting", m.isVoting());
    g.endObject();
  }

  static void vote(JsonSink g, Vote v) throws IOException {
    g.startObject();
    g.stringField("member", v.getMember());
    g.stringField("choice", v.getChoice().name());
    g.endObject();
  }
}
