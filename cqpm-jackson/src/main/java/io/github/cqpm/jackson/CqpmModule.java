package io.github.cqpm.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.AcquiredBlock;
import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CapacityAssessment;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.dossier.ProfessionalSituation;
import io.github.cqpm.model.dossier.RequestAdmissibility;
import io.github.cqpm.model.dossier.Sponsor;
import io.github.cqpm.model.dossier.VaeFile;
import io.github.cqpm.model.dossier.ValidationInterview;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Activity;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.Capacity;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.Certifier;
import io.github.cqpm.model.referential.EvaluationScheme;
import io.github.cqpm.model.referential.JuryRules;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.NsfDomain;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Registration;
import io.github.cqpm.model.referential.RomeJob;

/**
 * The Jackson module of the cqpm model: a strict reader and a canonical writer for every model
 * type, found by {@code ObjectMapper.findAndRegisterModules()} (registered in {@code
 * META-INF/services} and {@code module-info}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CqpmModule());
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * }</pre>
 *
 * <p>Through any mapper, whatever its settings, reading is strict: an unknown, duplicated, missing
 * or null property, a value of the wrong type, or a value the model's structural invariants refuse
 * is an {@link InvalidJsonException} naming the JSON pointer and what was expected; no type id is
 * ever read or written. Two checks belong to the mapper, not to a module: content after the
 * document's value (enable {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}) and the input
 * limits (its {@code StreamReadConstraints}); {@link CqpmJson} makes both.
 */
public final class CqpmModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CqpmModule() {
    super(CqpmModule.class.getSimpleName(), PackageVersion.VERSION);
    both(Dossier.class, "a dossier", DossierReader::dossier, DossierWriter::dossier);
    both(Candidate.class, "a candidate", DossierReader::candidate, DossierWriter::candidate);
    both(Candidacy.class, "a candidacy", DossierReader::candidacy, DossierWriter::candidacy);
    both(Sponsor.class, "a sponsor", DossierReader::sponsor, DossierWriter::sponsor);
    both(CapacityAssessment.class, "an assessment", DossierReader::assessment, DossierWriter::assessment);
    both(CompanyOpinion.class, "a company opinion", DossierReader::opinion, DossierWriter::opinion);
    both(AcquiredBlock.class, "an acquired block", DossierReader::acquiredBlock, DossierWriter::acquiredBlock);
    both(VaeFile.class, "a VAE file", DossierReader::vae, DossierWriter::vae);
    both(RequestAdmissibility.class, "a decision on admissibility", DossierReader::admissibility, DossierWriter::admissibility);
    both(ProfessionalSituation.class, "a professional situation", DossierReader::situation, DossierWriter::situation);
    both(ValidationInterview.class, "a validation interview", DossierReader::interview, DossierWriter::interview);
    both(JuryDeliberation.class, "a jury deliberation", JuryReader::deliberation, JuryWriter::deliberation);
    both(JurySession.class, "a jury session", JuryReader::session, JuryWriter::session);
    both(JuryMember.class, "a jury member", JuryReader::member, JuryWriter::member);
    both(Vote.class, "a vote", JuryReader::vote, JuryWriter::vote);
    both(Referential.class, "a référentiel", ReferentialReader::referential, ReferentialWriter::referential);
    both(Certifier.class, "a certifier", ReferentialReader::certifier, ReferentialWriter::certifier);
    both(NsfDomain.class, "an NSF domain", ReferentialReader::nsf, ReferentialWriter::nsf);
    both(RomeJob.class, "a ROME job", ReferentialReader::rome, ReferentialWriter::rome);
    both(Activity.class, "an activity", ReferentialReader::activity, ReferentialWriter::activity);
    both(Capacity.class, "a capacity", ReferentialReader::capacity, ReferentialWriter::capacity);
    both(Block.class, "a block", ReferentialReader::block, ReferentialWriter::block);
    both(EvaluationScheme.class, "an evaluation scheme", ReferentialReader::scheme, ReferentialWriter::scheme);
    both(ModalityDescription.class, "a modality", ReferentialReader::modality, ReferentialWriter::modality);
    both(CertificationPath.class, "a certification path", ReferentialReader::path, ReferentialWriter::path);
    both(AccessCondition.class, "an access condition", ReferentialReader::access, ReferentialWriter::access);
    both(JuryRules.class, "jury rules", ReferentialReader::juryRules, ReferentialWriter::juryRules);
    both(Registration.class, "a registration", ReferentialReader::registration, ReferentialWriter::registration);
    both(CapacityCode.class, "a capacity code", JsonInput::capacity, (g, c) -> g.writeString(c.toString()));
    both(BlockCode.class, "a block code", JsonInput::block, (g, c) -> g.writeString(c.toString()));
    both(ActivityCode.class, "an activity code", JsonInput::activity, (g, c) -> g.writeString(c.toString()));
  }

  private <T> void both(
      Class<T> type, String what, StrictDeserializer.Read<T> read, WriterSerializer.Write<T> write) {
    addDeserializer(type, new StrictDeserializer<>(type, what, read));
    addSerializer(type, new WriterSerializer<>(type, write));
  }

  /**
   * A stable identifier, so that registering the module twice registers it once.
   *
   * @return the module's class name
   */
  @Override
  public Object getTypeId() {
    return CqpmModule.class.getName();
  }
}
