#!/usr/bin/env bash
# The release as it would run, without sending anything: the working tree copied, its version
# made a release version (0.2.0-SNAPSHOT -> 0.2.0), `mvn -Prelease deploy` (unsigned, nothing
# installed) to a local directory in the layout Central's bundle has (files, .md5, .sha1), then
# Central's rules checked on it (scripts/VerifyCentralBundle.java). A real release deploys the same
# artifacts with -Pcentral, whose plugin zips that layout and uploads it.
# SIGN=1 signs with a throw-away key made for the run (needs gpg), so that the signatures are
# checked too, each verified with gpg; KEEP=1 keeps the copy, to look into.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
if [ "${KEEP:-0}" != 1 ]; then
  trap 'rm -rf "$work"' EXIT
fi
(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work")
snapshot="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -n 1)"
release="${snapshot%-SNAPSHOT}"
if [ "$release" != "$snapshot" ]; then
  find "$work" -name pom.xml -not -path '*/consumer-checks/*' \
    -exec sed -i "s:<version>$snapshot</version>:<version>$release</version>:" {} +
fi
signing=(-Dgpg.skip)
unsigned=(--unsigned)
if [ "${SIGN:-0}" = 1 ]; then
  export GNUPGHOME="$work/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --passphrase '' --quick-gen-key 'cqpm release dry run <dry-run@example.invalid>' default default 1d
  signing=()
  unsigned=()
fi
echo "== release dry run of $release (from $snapshot) in $work"
(cd "$work" && mvn -B -Prelease -DskipTests "${signing[@]}" -Dmaven.install.skip=true \
  -DaltDeploymentRepository="dry-run::file://$work/bundle" deploy > "$work/release.log" 2>&1) \
  || { tail -n 40 "$work/release.log"; exit 1; }
java "$root/scripts/VerifyCentralBundle.java" "$work/bundle" "${unsigned[@]}"
if [ "${SIGN:-0}" = 1 ]; then
  # every signature is the throw-away key's, over its file
  find "$work/bundle" -name '*.asc' -print0 | while IFS= read -r -d '' signature; do
    gpg --batch --quiet --verify "$signature" "${signature%.asc}" 2> /dev/null \
      || { echo "bad signature: ${signature#"$work/bundle/"}" >&2; exit 1; }
  done
  echo "every signature verified with gpg"
fi
