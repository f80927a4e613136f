package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Validates SARIF output against the official SARIF 2.1.0 JSON Schema (see {@code
 * src/test/resources/sarif/SOURCE.md}), read from the classpath only.
 */
class SarifSchemaTest {

  private static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/sarif-2.1.0-rtm.5.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Path GOLDEN = TestFiles.testResources().resolve("golden/lint");

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            VersionFlag.V4,
            builder ->
                builder
                    .schemaMappers(
                        mappers ->
                            mappers.mapPrefix(
                                "https://raw.githubusercontent.com/schemastore/schemastore/master/src/schemas/json/",
                                "classpath:sarif/"))
                    .schemaLoaders(
                        loaders ->
                            loaders.add(
                                new AllowSchemaLoader(
                                    iri -> iri.toString().startsWith("classpath:")))));
    schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID));
  }

  private static JsonNode sarif(String... arguments) throws Exception {
    CliRunner.Result result = new CliRunner(GOLDEN).run(arguments);
    return JSON.readTree(result.out());
  }

  @Test
  void lintOutputMatchesSchema() throws Exception {
    JsonNode log =
        sarif(
            "lint",
            "--format",
            "sarif",
            "findings.simap.yaml",
            "clean.simap.yaml",
            "invalid.simap.yaml",
            "missing.simap.yaml");

    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results").size()).isEqualTo(15);
  }

  @Test
  void cleanRunHasEmptyResults() throws Exception {
    JsonNode log = sarif("lint", "--format", "sarif", "clean.simap.yaml");

    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results").isArray()).isTrue();
    assertThat(log.at("/runs/0/results").size()).isZero();
  }

  @Test
  void validateOutputMatchesSchema() throws Exception {
    JsonNode log = sarif("validate", "--format", "sarif", "invalid.simap.yaml");

    assertThat(schema.validate(log)).isEmpty();
    assertThat(log.at("/runs/0/results/0/ruleId").asText()).isEqualTo("required-field");
  }

  @Test
  void schemaRejectsBrokenLog() throws Exception {
    JsonNode log = JSON.readTree("{\"version\": \"2.0.0\", \"runs\": []}");

    assertThat(schema.validate(log)).isNotEmpty();
  }

  @Test
  void everyResultPointsAtItsRule() throws Exception {
    JsonNode run = sarif("lint", "--format", "sarif", "findings.simap.yaml").at("/runs/0");

    for (JsonNode result : run.get("results")) {
      int index = result.get("ruleIndex").asInt();
      assertThat(run.at("/tool/driver/rules/" + index + "/id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
  }
}
