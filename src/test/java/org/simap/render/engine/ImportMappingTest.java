package org.simap.render.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.simap.render.engine.wasm.GraphvizModule;

/**
 * Checks {@link VizSymbols} and {@link GraphvizHost} against the JavaScript glue and the wasm
 * module of the {@code @viz-js/viz} version that the build unpacks. Emscripten minifies the import
 * and export names differently in every build, so a new version of the package fails here first.
 */
class ImportMappingTest {
  private static String glue;
  private static WasmModule module;

  @BeforeAll
  static void load() throws IOException {
    Path directory = Path.of(System.getProperty("viz-js.directory", "target/viz-js"));
    glue = Files.readString(directory.resolve("backend.js"), StandardCharsets.UTF_8);
    module = GraphvizModule.load();
  }

  @Test
  void glueImportsMatchVizSymbols() {
    Matcher object = onlyMatch("var wasmImports\\s*=\\s*\\{([^}]*)}");
    Map<String, String> glueImports = new HashMap<>();
    for (String entry : object.group(1).split(",")) {
      String[] nameAndFunction = entry.split(":");
      glueImports.put(nameAndFunction[0].strip(), nameAndFunction[1].strip());
    }

    assertThat(glueImports).isEqualTo(VizSymbols.IMPORTS);
  }

  @Test
  void hostProvidesEveryImportOfModule() {
    Set<String> declared = new HashSet<>();
    for (int i = 0; i < module.importSection().importCount(); i++) {
      Import declaredImport = module.importSection().getImport(i);
      assertThat(declaredImport.importType()).isEqualTo(ExternalType.FUNCTION);
      assertThat(declaredImport.module()).isEqualTo(VizSymbols.IMPORT_MODULE);
      declared.add(declaredImport.name());
    }

    Set<String> provided =
        hostFunctions().stream().map(ImportFunction::name).collect(Collectors.toSet());

    assertThat(provided).isEqualTo(declared);
    assertThat(provided).isEqualTo(VizSymbols.IMPORTS.keySet());
  }

  @Test
  void hostFunctionTypesMatchModule() {
    Map<String, FunctionType> declared = new HashMap<>();
    for (int i = 0; i < module.importSection().importCount(); i++) {
      FunctionImport declaredImport = (FunctionImport) module.importSection().getImport(i);
      declared.put(declaredImport.name(), module.typeSection().getType(declaredImport.typeIndex()));
    }

    for (ImportFunction function : hostFunctions()) {
      assertThat(function.functionType())
          .as("type of import %s (%s)", function.name(), VizSymbols.IMPORTS.get(function.name()))
          .isEqualTo(declared.get(function.name()));
    }
  }

  @Test
  void glueExportsMatchVizSymbols() {
    Pattern assignment =
        Pattern.compile(
            "(\\w+)\\s*=\\s*(?:Module\\[\"\\w+\"]\\s*=\\s*)?wasmExports\\[\"([^\"]+)\"]");
    Matcher matcher = assignment.matcher(glue);
    Map<String, String> glueExports = new HashMap<>();
    while (matcher.find()) {
      glueExports.put(matcher.group(1), matcher.group(2));
    }

    for (Map.Entry<String, String> export : VizSymbols.EXPORTS.entrySet()) {
      assertThat(glueExports.get(export.getKey()))
          .as("export that the glue assigns to %s", export.getKey())
          .isEqualTo(export.getValue());
    }
  }

  @Test
  void glueCallsConstructorsExport() {
    Matcher initRuntime =
        onlyMatch("function initRuntime\\(\\)\\{[^}]*?wasmExports\\[\"([^\"]+)\"]\\(\\)");

    assertThat(initRuntime.group(1)).isEqualTo(VizSymbols.CALL_CONSTRUCTORS);
  }

  @Test
  void moduleExportsEveryFunctionUsed() {
    Set<String> exported = new HashSet<>();
    for (int i = 0; i < module.exportSection().exportCount(); i++) {
      exported.add(module.exportSection().getExport(i).name());
    }

    assertThat(exported).containsAll(VizSymbols.EXPORTS.values());
    assertThat(exported).contains(VizSymbols.CALL_CONSTRUCTORS);
  }

  private static List<ImportFunction> hostFunctions() {
    return List.of(new GraphvizHost().imports().functions());
  }

  /** Returns a matcher at the only match of the regular expression in the glue. */
  private static Matcher onlyMatch(String regex) {
    Pattern pattern = Pattern.compile(regex);
    long count = pattern.matcher(glue).results().count();
    assertThat(count).as("matches of %s in the glue", regex).isEqualTo(1);

    Matcher matcher = pattern.matcher(glue);
    matcher.find();
    return matcher;
  }
}
