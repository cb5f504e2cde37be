package org.attune.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.attune.model.FlagLevel;
import org.attune.model.FlagRule;
import org.attune.model.Instrument;
import org.attune.policy.Alert;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The made-up test instrument, and broken variants of its document. */
public final class Demo {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Demo() {}

  /** Answers as item id, value pairs: {@code answers("demo_1", 3, "demo_2", "0")}. */
  public static Map<String, Object> answers(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /**
   * The demo site policy: the strict profile, item_two at 1 or more with its own message,
   * total_high removed, and the alert "either" (total 6 or more, or demo_1 at 3).
   */
  public static SitePolicy policy() {
    return SitePolicy.builder("clinic-a", "2026-01")
        .instrument("demo", InstrumentPolicy.builder()
            .profile("strict")
            .threshold("item_two", 1)
            .removeFlag("total_high")
            .message("item_two", "Call the duty clinician.")
            .alert(new Alert("either", "Either", FlagLevel.WARNING,
                FlagRule.anyOf(FlagRule.scaleAtLeast("demo_total", 6), FlagRule.itemAtLeast("demo_1", 3)),
                "Review.", "Clinic protocol 4.2"))
            .build())
        .build();
  }

  /** The demo definition, loaded and checked. */
  public static Instrument instrument() {
    try (InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      return Definitions.read("demo.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo document with an edit applied, as bytes. */
  /** The problems found in demo.json after the edit; fails when the edited definition is accepted. */
  public static List<DefinitionProblem> problems(UnaryOperator<ObjectNode> edit) {
    try {
      Definitions.read("demo.json", edited(edit));
    } catch (InvalidDefinitionException e) {
      return e.problems();
    }
    throw new AssertionError("expected the edited definition to be rejected");
  }

  public static InputStream edited(UnaryOperator<ObjectNode> edit) {
    try (InputStream in = Demo.class.getResourceAsStream("demo.json")) {
      JsonNode tree = JSON.readTree(in);
      return new ByteArrayInputStream(JSON.writeValueAsString(edit.apply((ObjectNode) tree))
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
