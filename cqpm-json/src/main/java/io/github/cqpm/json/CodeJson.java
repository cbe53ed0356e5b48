package io.github.cqpm.json;

import io.github.cqpm.model.code.ActivityCode;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.code.RncpNumber;

/** The JSON of the model's codes, each a string, and of the format's version. */
final class CodeJson {
  static final JsonType<CapacityCode> CAPACITY =
      new JsonType.Scalar<>("a capacity code", JsonInput::capacity, (sink, code) -> sink.string(code.toString()));
  static final JsonType<BlockCode> BLOCK =
      new JsonType.Scalar<>("a block code", JsonInput::block, (sink, code) -> sink.string(code.toString()));
  static final JsonType<ActivityCode> ACTIVITY =
      new JsonType.Scalar<>("an activity code", JsonInput::activity, (sink, code) -> sink.string(code.toString()));
  /** The certification a dossier is for: the RNCP number of a référentiel of the reader's catalogue. */
  static final JsonType<RncpNumber> CERTIFICATION = new JsonType.Scalar<>(
      "an RNCP number", JsonInput::certification, (sink, number) -> sink.string(number.toString()));
  /** The version of the format, at the root of every document: this reader's, or refused. */
  static final JsonType<Integer> FORMAT_VERSION =
      new JsonType.Scalar<>("the format's version", CodeJson::version, (sink, version) -> sink.number(version));

  private CodeJson() {}

  private static int version(JsonInput in) throws java.io.IOException {
    String at = in.pointer();
    int version = in.integer();
    if (version != WireFormat.VERSION) {
      throw in.error(at, "unsupported format version " + version + " (this reader knows " + WireFormat.VERSION + ")");
    }
    return version;
  }
}
