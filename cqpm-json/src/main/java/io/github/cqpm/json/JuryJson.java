package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.required;
import static io.github.cqpm.json.JsonType.bool;
import static io.github.cqpm.json.JsonType.date;
import static io.github.cqpm.json.JsonType.enumOf;
import static io.github.cqpm.json.JsonType.listOf;
import static io.github.cqpm.json.JsonType.object;
import static io.github.cqpm.json.JsonType.text;

import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;

/** The JSON of the jury's types, each property declared once. */
import java.util.Optional;

final class JuryJson {
  private static final JsonProperty<Vote, String> VOTE_MEMBER = required("member", text(), Vote::getMember);
  private static final JsonProperty<Vote, VoteChoice> VOTE_CHOICE =
      required("choice", enumOf(VoteChoice.class), Vote::getChoice);
  static final JsonType<Vote> VOTE =
      object("a vote", v -> Vote.of(v.get(VOTE_MEMBER), v.get(VOTE_CHOICE)), VOTE_MEMBER, VOTE_CHOICE);

  static final JsonType<JuryMember> MEMBER = object("a jury member", JuryMember::builder, JuryMember.Builder::build)
      .required("id", text(), JuryMember::getId, JuryMember.Builder::id)
      .required("college", enumOf(College.class), JuryMember::getCollege, JuryMember.Builder::college)
      .required("branch", enumOf(Branch.class), JuryMember::getBranch, JuryMember.Builder::branch)
      .required("organisation", text(), JuryMember::getOrganisation, JuryMember.Builder::organisation)
      .required("voting", bool(), JuryMember::isVoting, JuryMember.Builder::voting)
      .build();

  static final JsonType<JurySession> SESSION = object("a jury session", JurySession::builder, JurySession.Builder::build)
      .required("date", date(), JurySession::getDate, JurySession.Builder::date)
      .required("members", listOf("jury members", MEMBER), JurySession::getMembers, JurySession.Builder::members)
      .optional("president", text(), JurySession::getPresident, JurySession.Builder::president)
      .build();

  static final JsonType<JuryDeliberation> DELIBERATION =
      object("a jury deliberation", JuryDeliberation::builder, JuryDeliberation.Builder::build)
          .required("session", SESSION, JuryDeliberation::getSession, JuryDeliberation.Builder::session)
          .required("votes", listOf("votes", VOTE), JuryDeliberation::getVotes, JuryDeliberation.Builder::votes)
          .optional("declaredVerdict", enumOf(Verdict.class), JuryDeliberation::getDeclaredVerdict,
              JuryDeliberation.Builder::declaredVerdict)
          // absent: PRESENT (0.1.0's documents); written only when the candidate did not attend
          .optional("attendance", enumOf(Attendance.class),
              j -> j.getAttendance() == Attendance.PRESENT ? Optional.empty() : Optional.of(j.getAttendance()),
              JuryDeliberation.Builder::attendance)
          .build();

  private JuryJson() {}
}
