import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a Maven Central upload bundle (the zip central-publishing-maven-plugin builds, or the same
 * layout deployed to a directory, its maven-metadata.xml left aside) against
 * Central's rules, before anything is sent: every artifact's POM names the project (name,
 * description, url, licenses, developers, scm; inherited from the parent in the bundle where the
 * module does not say), no URL has a module's name appended, a jar comes with its sources,
 * Javadoc and CycloneDX SBOM, every file has its MD5 and SHA-1 (and they are right), every file
 * but a signature is signed or none is (--unsigned allows none, for a dry run without a key), every artifact has
 * the group io.github.cqpm and the one version, and the artifacts are exactly those cqpm-bom
 * manages, with the BOM and the parent.
 *
 * <p>Run: {@code java scripts/VerifyCentralBundle.java BUNDLE.zip|DIRECTORY [--unsigned]}. Exit 0 when the
 * bundle is acceptable, 1 with every problem listed otherwise.
 */
public final class VerifyCentralBundle {
  private static final String GROUP_PATH = "io/github/cqpm/";
  private static final String PROJECT_URL = "https://github.com/cqpm/cqpm";

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java scripts/VerifyCentralBundle.java BUNDLE.zip [--unsigned]");
      System.exit(2);
    }
    boolean unsignedAllowed = List.of(args).contains("--unsigned");
    Map<String, byte[]> files = new TreeMap<>();
    Path bundle = Path.of(args[0]);
    if (Files.isDirectory(bundle)) {
      try (var walk = Files.walk(bundle)) {
        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String name = bundle.relativize(file).toString().replace('\\', '/');
          if (!name.endsWith("maven-metadata.xml") && !name.contains("maven-metadata.xml.")) {
            files.put(name, Files.readAllBytes(file));
          }
        }
      }
    } else {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(bundle))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (!e.isDirectory()) {
            files.put(e.getName(), zip.readAllBytes());
          }
        }
      }
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> versions = new TreeMap<>();
    for (String name : files.keySet()) {
      if (!name.startsWith(GROUP_PATH)) {
        problems.add(name + ": not under the group io.github.cqpm");
        continue;
      }
      String[] parts = name.substring(GROUP_PATH.length()).split("/");
      if (parts.length != 3) {
        problems.add(name + ": not artifactId/version/file");
        continue;
      }
      versions.put(parts[0], parts[1]);
    }
    if (new TreeSet<>(versions.values()).size() != 1) {
      problems.add("artifacts of several versions: " + versions);
    }
    boolean signed = files.keySet().stream().anyMatch(n -> n.endsWith(".asc"));
    if (!signed && !unsignedAllowed) {
      problems.add("no file is signed (.asc); a release is signed (--unsigned for a dry run)");
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      if (name.endsWith(".md5") || name.endsWith(".sha1") || name.endsWith(".sha256") || name.endsWith(".sha512")) {
        continue;
      }
      if (name.endsWith(".asc")) {
        continue; // a signature needs no checksum of its own
      }
      check(files, name + ".md5", "MD5", file.getValue(), problems);
      check(files, name + ".sha1", "SHA-1", file.getValue(), problems);
      if (signed && !files.containsKey(name + ".asc")) {
        problems.add(name + ": not signed, though other files are");
      }
    }
    String version = versions.values().stream().findFirst().orElse("?");
    Map<String, Document> poms = new TreeMap<>();
    for (String artifact : versions.keySet()) {
      String base = GROUP_PATH + artifact + "/" + version + "/" + artifact + "-" + version;
      byte[] pom = files.get(base + ".pom");
      if (pom == null) {
        problems.add(artifact + ": no POM");
        continue;
      }
      poms.put(artifact, parse(pom));
    }
    Document parent = poms.get("cqpm-parent");
    if (parent == null) {
      problems.add("cqpm-parent: not in the bundle, though the modules inherit it");
    }
    for (Map.Entry<String, Document> entry : poms.entrySet()) {
      String artifact = entry.getKey();
      Element pom = entry.getValue().getDocumentElement();
      String base = GROUP_PATH + artifact + "/" + version + "/" + artifact + "-" + version;
      String group = text(pom, "groupId").or(() -> nested(pom, "parent", "groupId")).orElse("");
      if (!group.equals("io.github.cqpm")) {
        problems.add(artifact + ": groupId " + group);
      }
      if (!text(pom, "artifactId").orElse("").equals(artifact)) {
        problems.add(artifact + ": its POM names another artifactId");
      }
      String pomVersion = text(pom, "version").or(() -> nested(pom, "parent", "version")).orElse("");
      if (!pomVersion.equals(version)) {
        problems.add(artifact + ": version " + pomVersion + " in a directory of " + version);
      }
      Element inherited = pom.getElementsByTagName("parent").getLength() > 0 && parent != null
          ? parent.getDocumentElement() : null;
      for (String field : List.of("name", "description")) {
        if (text(pom, field).isEmpty()) {
          problems.add(artifact + ": no <" + field + "> of its own");
        }
      }
      Optional<String> url = text(pom, "url").or(() -> inherited == null ? Optional.empty() : text(inherited, "url"));
      if (url.isEmpty()) {
        problems.add(artifact + ": no <url>, neither its own nor its parent's");
      }
      for (String[] path : List.of(new String[] {"licenses", "license", "name"}, new String[] {"licenses", "license", "url"},
          new String[] {"developers", "developer", "name"}, new String[] {"scm", "url"}, new String[] {"scm", "connection"})) {
        Optional<String> value = nested(pom, path).or(() -> inherited == null ? Optional.empty() : nested(inherited, path));
        if (value.isEmpty()) {
          problems.add(artifact + ": no <" + String.join("/", path) + ">, neither its own nor its parent's");
        } else if (path[0].equals("scm") && !value.get().matches("(scm:git:)?" + PROJECT_URL + "(\\.git)?")) {
          problems.add(artifact + ": <" + String.join("/", path) + "> is " + value.get() + ", not the project's");
        }
      }
      url.filter(u -> !u.equals(PROJECT_URL))
          .ifPresent(u -> problems.add(artifact + ": <url> is " + u + ", not the project's"));
      String packaging = text(pom, "packaging").orElse("jar");
      if (packaging.equals("jar")) {
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json")) {
          if (!files.containsKey(base + suffix)) {
            problems.add(artifact + ": no " + artifact + "-" + version + suffix);
          }
        }
      }
    }
    Document bom = poms.get("cqpm-bom");
    if (bom == null) {
      problems.add("cqpm-bom: not in the bundle");
    } else {
      Set<String> managed = new TreeSet<>();
      var deps = bom.getDocumentElement().getElementsByTagName("dependency");
      for (int i = 0; i < deps.getLength(); i++) {
        Element dep = (Element) deps.item(i);
        if ("io.github.cqpm".equals(text(dep, "groupId").orElse(""))) {
          managed.add(text(dep, "artifactId").orElse(""));
        }
      }
      Set<String> jars = new TreeSet<>(versions.keySet());
      jars.removeAll(Set.of("cqpm-bom", "cqpm-parent"));
      if (!jars.equals(managed)) {
        problems.add("the bundle's artifacts " + jars + " are not those cqpm-bom manages " + managed);
      }
    }
    if (problems.isEmpty()) {
      System.out.println("bundle accepted: " + versions.size() + " artifacts of io.github.cqpm " + version + ", "
          + files.size() + " files" + (signed ? ", signed" : ", unsigned (dry run)"));
      return;
    }
    problems.forEach(p -> System.err.println("bundle refused: " + p));
    System.exit(1);
  }

  private static void check(Map<String, byte[]> files, String name, String algorithm, byte[] content,
      List<String> problems) throws NoSuchAlgorithmException {
    byte[] sum = files.get(name);
    if (sum == null) {
      problems.add(name + ": missing");
      return;
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    if (!new String(sum, StandardCharsets.US_ASCII).strip().startsWith(expected)) {
      problems.add(name + ": not the " + algorithm + " of its file");
    }
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = new ByteArrayInputStream(xml)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** The text of a direct child. */
  private static Optional<String> text(Element parent, String child) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(child)) {
        String text = n.getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nested(Element root, String... path) {
    Element at = root;
    for (int i = 0; i < path.length - 1; i++) {
      Element next = null;
      for (Node n = at.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element && ((Element) n).getTagName().equals(path[i])) {
          next = (Element) n;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      at = next;
    }
    return text(at, path[path.length - 1]);
  }

  private VerifyCentralBundle() {}
}
