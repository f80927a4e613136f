package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;

/**
 * Checks the JSON Schema for format 1 against the example maps, the example in the format guide,
 * and small maps that break one rule each. Maps are read with snakeyaml-engine's default load
 * settings and converted to Jackson trees for the validator.
 */
class SchemaTest {

  private static final String SCHEMA_ID = "https://simap.org/schema/simap-1.schema.json";
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path VALID = Path.of("src/test/resources/schema/valid");
  private static final Path INVALID = Path.of("src/test/resources/schema/invalid");
  private static final Path FORMAT_GUIDE = Path.of("docs/format.md");
  private static final Pattern YAML_BLOCK =
      Pattern.compile("^```yaml\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() {
    schema = localOnlyFactory().getSchema(SchemaLocation.of(SCHEMA_ID));
  }

  @Test
  void schemaIsValidDraft202012() throws IOException {
    JsonSchema metaSchema =
        localOnlyFactory()
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(metaSchema.validate(readSchemaTree())).isEmpty();
  }

  @Test
  void schemaIdMatchesPublishedAddress() throws IOException {
    assertThat(readSchemaTree().path("$id").asText()).isEqualTo(SCHEMA_ID);
  }

  @Test
  void everyObjectRejectsUnknownFields() throws IOException {
    List<JsonNode> objects = readSchemaTree().findParents("properties");

    assertThat(objects).hasSizeGreaterThan(1);
    for (JsonNode object : objects) {
      assertThat(object.path("additionalProperties").isBoolean())
          .as("additionalProperties of %s", object.path("title"))
          .isTrue();
      assertThat(object.path("additionalProperties").asBoolean())
          .as("additionalProperties of %s", object.path("title"))
          .isFalse();
    }
  }

  @Test
  void everyPropertyHasTitleAndDescription() throws IOException {
    List<JsonNode> objects = readSchemaTree().findParents("properties");

    assertThat(objects).hasSizeGreaterThan(1);
    for (JsonNode object : objects) {
      object
          .path("properties")
          .fields()
          .forEachRemaining(
              property -> {
                assertThat(property.getValue().path("title").asText())
                    .as("title of property %s", property.getKey())
                    .isNotBlank();
                assertThat(property.getValue().path("description").asText())
                    .as("description of property %s", property.getKey())
                    .isNotBlank();
              });
    }
  }

  @Test
  void examplesFolderHasMaps() throws IOException {
    assertThat(mapsIn(EXAMPLES)).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleMaps")
  void schemaAcceptsExample(Path file) throws IOException {
    assertThat(validate(file)).isEmpty();
  }

  @Test
  void schemaAcceptsFormatGuideExample() throws IOException {
    List<String> maps =
        yamlBlocksWithLevels(Files.readString(FORMAT_GUIDE, StandardCharsets.UTF_8));

    assertThat(maps).as("complete maps in %s", FORMAT_GUIDE).isNotEmpty();
    for (String map : maps) {
      assertThat(schema.validate(JSON.valueToTree(load(map)))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validMaps")
  void schemaAcceptsValidCase(Path file) throws IOException {
    assertThat(validate(file)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidMaps")
  void schemaRejectsInvalidCase(String fileName, String keyword, String location)
      throws IOException {
    Set<ValidationMessage> errors = validate(INVALID.resolve(fileName));

    assertThat(errors).as("errors for %s", fileName).isNotEmpty();
    assertThat(errors)
        .as("keywords of the errors for %s", fileName)
        .extracting(ValidationMessage::getType)
        .contains(keyword);
    assertThat(errors)
        .as("locations of the errors for %s", fileName)
        .extracting(error -> error.getInstanceLocation().toString())
        .containsOnly(location);
  }

  @Test
  void invalidFolderHasOnlyListedCases() throws IOException {
    List<String> listed = invalidMaps().map(arguments -> (String) arguments.get()[0]).toList();
    List<String> present =
        mapsIn(INVALID).stream().map(path -> path.getFileName().toString()).toList();

    assertThat(present).containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void yamlDateLoadsAsString() {
    Object loaded = load("date: 2024-10-18\n");

    assertThat(loaded).isEqualTo(Map.of("date", "2024-10-18"));
  }

  @Test
  void unquotedNoLoadsAsString() {
    Object loaded = load("problem: no\n");

    assertThat(loaded).isEqualTo(Map.of("problem", "no"));
  }

  @Test
  void yamlLoaderRejectsDuplicateKeys() {
    // A Jackson tree keeps one value per key, so only the loader can catch a duplicate key.
    assertThatThrownBy(() -> load("title: One\ntitle: Two\n"))
        .isInstanceOf(DuplicateKeyException.class);
  }

  static Stream<Path> exampleMaps() throws IOException {
    return mapsIn(EXAMPLES).stream();
  }

  static Stream<Path> validMaps() throws IOException {
    return mapsIn(VALID).stream();
  }

  /**
   * Returns each invalid file, the keyword that must reject it and the instance path of the error.
   */
  static Stream<Arguments> invalidMaps() {
    return Stream.of(
        arguments("missing-title.simap.yaml", "required", "$"),
        arguments("unknown-field.simap.yaml", "additionalProperties", "$.levels[0].elements[0]"),
        arguments("bad-element-type.simap.yaml", "enum", "$.levels[0].elements[0].type"),
        arguments("bad-id.simap.yaml", "pattern", "$.levels[0].elements[0].id"),
        arguments("version-2.simap.yaml", "const", "$.simap"),
        arguments("empty-levels.simap.yaml", "minItems", "$.levels"),
        arguments("bad-date.simap.yaml", "pattern", "$.levels[0].elements[0].evidence[0].date"),
        arguments("javascript-url.simap.yaml", "pattern", "$.levels[0].elements[0].url"),
        arguments("bad-variation.simap.yaml", "enum", "$.levels[0].elements[0].variation"),
        arguments("challenge-without-elements.simap.yaml", "minItems", "$.challenges[0].elements"));
  }

  /**
   * Creates a validator factory that reads the simap schema and the draft 2020-12 meta-schema from
   * the classpath and rejects every other location, so a stray remote $ref fails the test instead
   * of reaching the network.
   */
  private static JsonSchemaFactory localOnlyFactory() {
    return JsonSchemaFactory.getInstance(
        VersionFlag.V202012,
        builder ->
            builder
                .schemaMappers(
                    mappers ->
                        mappers.mapPrefix("https://simap.org/schema/", "classpath:org/simap/"))
                .schemaLoaders(
                    loaders ->
                        loaders.add(
                            new AllowSchemaLoader(
                                iri -> iri.toString().startsWith("classpath:")))));
  }

  private static JsonNode readSchemaTree() throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/org/simap/simap-1.schema.json")) {
      assertThat(in).as("schema on the classpath").isNotNull();
      return JSON.readTree(in);
    }
  }

  private static List<Path> mapsIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".simap.yaml")).sorted().toList();
    }
  }

  /** Returns the fenced YAML blocks of a Markdown text that are whole maps, not fragments. */
  private static List<String> yamlBlocksWithLevels(String markdown) {
    return YAML_BLOCK
        .matcher(markdown)
        .results()
        .map(match -> match.group(1))
        .filter(block -> block.contains("\nlevels:"))
        .toList();
  }

  private static Set<ValidationMessage> validate(Path file) throws IOException {
    Object map = load(Files.readString(file, StandardCharsets.UTF_8));
    return schema.validate(JSON.valueToTree(map));
  }

  private static Object load(String yaml) {
    return new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }
}
