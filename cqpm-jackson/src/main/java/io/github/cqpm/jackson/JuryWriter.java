package io.github.cqpm.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import java.io.IOException;

/** Writes the jury's types, properties in the canonical order. */
final class JuryWriter {
  private JuryWriter() {}

  static void deliberation(JsonGenerator g, JuryDeliberation d) throws IOException {
    g.writeStartObject();
    g.writeFieldName("session");
    session(g, d.getSession());
    DossierWriter.list(g, "votes", d.getVotes(), JuryWriter::vote);
    if (d.getDeclaredVerdict().isPresent()) {
      g.writeStringField("declaredVerdict", d.getDeclaredVerdict().get().name());
    }
    g.writeEndObject();
  }

  static void session(JsonGenerator g, JurySession s) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", s.getDate().toString());
    DossierWriter.list(g, "members", s.getMembers(), JuryWriter::member);
    if (s.getPresident().isPresent()) {
      g.writeStringField("president", s.getPresident().get());
    }
    g.writeEndObject();
  }

  static void member(JsonGenerator g, JuryMember m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.getId());
    g.writeStringField("college", m.getCollege().name());
    g.writeStringField("branch", m.getBranch().name());
    g.writeStringField("organisation", m.getOrganisation());
    g.writeBooleanField("voting", m.isVoting());
    g.writeEndObject();
  }

  static void vote(JsonGenerator g, Vote v) throws IOException {
    g.writeStartObject();
    g.writeStringField("member", v.getMember());
    g.writeStringField("choice", v.getChoice().name());
    g.writeEndObject();
  }
}
