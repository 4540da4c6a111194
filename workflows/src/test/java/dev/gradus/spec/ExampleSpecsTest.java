package dev.gradus.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The specs the README points users to must stay valid. */
class ExampleSpecsTest {

  @Test
  void everyExampleSpecIsValid() throws Exception {
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(specs).isNotEmpty();
    for (Path spec : specs) {
      assertThat(SpecReader.read(spec).name()).as(spec.toString()).isNotBlank();
    }
  }
}
