package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.cli.Cli.assertUsageError;
import static org.attune.cli.Cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code attune list} and {@code attune describe} (CONTRACT.md "Command line"). Names, item
 * counts and licence classes are those of the definitions and instruments/FACTS.md Part D.
 */
class ListDescribeTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void list_everyInstrument_oneTabSeparatedLineEach() {
    Cli.Run run = run("list");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    assertThat(run.lines()).hasSize(18).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(6));
    assertThat(run.lines()).extracting(line -> line.split("\t", -1)[0]).containsExactlyInAnyOrder(
        "epds", "phq9", "phq2", "gad7", "gad2", "whooley", "pbq", "maas", "paas", "mpas", "ppas",
        "bpsc", "ppsc", "adbb", "madbb", "bisq", "kpcs", "who5");
    assertThat(run.lines()).contains(
        "epds\tEdinburgh Postnatal Depression Scale\t10\tself\trestricted\t-",
        // nine scored items plus the optional difficulty item
        "phq9\tPatient Health Questionnaire-9\t10\tself\tfree\t-",
        // two questions plus the optional help question; no licence statement found
        "whooley\tWhooley depression identification questions\t3\tself\tunclear\t-",
        // the bonding family: the PBQ is free to use; Condon's scales are CC BY 3.0 AU
        "pbq\tPostpartum Bonding Questionnaire\t25\tself\tfree\t-",
        "mpas\tMaternal Postnatal Attachment Scale\t19\tself\tfree-with-citation\t-",
        "paas\tPaternal Antenatal Attachment Scale\t16\tself\tfree-with-citation\t-");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void list_licenceClasses_areFromTheContractList() {
    Cli.Run run = run("list");

    assertThat(run.lines()).extracting(line -> line.split("\t", -1)[4])
        .allSatisfy(c -> assertThat(c).isIn("free", "free-with-citation", "restricted", "unclear"));
  }

  @Test
  void describe_epds_showsItemsWithOptionScores() {
    Cli.Run run = run("describe", "epds");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    String text = run.out();
    for (int i = 1; i <= 10; i++) {
      assertThat(text).contains("epds_" + i);
    }
    // items 1, 2, 4 score 0,1,2,3 in printed order; items 3, 5-10 score 3,2,1,0
    assertThat(optionsLineAfter(text, "epds_1")).matches(inOrder(0, 1, 2, 3));
    assertThat(optionsLineAfter(text, "epds_3")).matches(inOrder(3, 2, 1, 0));
    assertThat(optionsLineAfter(text, "epds_4")).matches(inOrder(0, 1, 2, 3));
    assertThat(optionsLineAfter(text, "epds_10")).matches(inOrder(3, 2, 1, 0));
  }

  @Test
  void describe_mpas_showsThirdsItemRecallPeriodsAndNoCutoffs() {
    Cli.Run run = run("describe", "mpas");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    String text = run.out();
    // FACTS §6: item 4 recodes to 1, 2.3, 3.6, 5 in the author's rounding; exact thirds here (C20)
    assertThat(optionsLineAfter(text, "mpas_4")).contains("= 1;", "= 7/3;", "= 11/3;").endsWith("= 5");
    assertThat(text).contains("mpas_3  ").contains("(recall period: past 2 weeks)")
        .contains("(recall period: past 3 months)")
        .contains("Cut-off profiles: none; continuous scores only.")
        .contains("CC BY 3.0 AU");
  }

  @Test
  void describe_epds_showsTheThreeProfilesWithTheirBands() {
    String text = run("describe", "epds").out();

    assertThat(profileSection(text, "default")).containsPattern(band(0, 9, "below_threshold"))
        .containsPattern(band(10, 12, "possible_depression"))
        .containsPattern(band(13, 30, "probable_depression"))
        .containsPattern(band(0, 5, "below_threshold"))
        .containsPattern(band(6, 9, "above_threshold"));
    assertThat(profileSection(text, "depressd2020")).containsPattern(band(0, 10, "below_threshold"))
        .containsPattern(band(11, 30, "above_threshold"))
        .containsPattern(band(0, 5, "below_threshold"))
        .containsPattern(band(6, 9, "above_threshold"));
    assertThat(profileSection(text, "fathers")).containsPattern(band(0, 5, "below_threshold"))
        .containsPattern(band(6, 30, "above_threshold"))
        .containsPattern(band(0, 3, "below_threshold"))
        .containsPattern(band(4, 9, "above_threshold"));
  }

  /** From the line that starts with the profile id to the next line starting with a profile id or a blank line. */
  private static String profileSection(String text, String profile) {
    var start = Pattern.compile("(?m)^\\s*" + Pattern.quote(profile) + "\\b").matcher(text);
    assertThat(start.find()).as("a line starting with profile %s in%n%s", profile, text).isTrue();
    String rest = text.substring(start.start());
    var end = Pattern.compile("(?m)^(\\s*(default|depressd2020|fathers)\\b|\\s*$)").matcher(rest);
    return end.find(1) ? rest.substring(0, end.start()) : rest;
  }

  @Test
  void describe_epds_showsTheSelfHarmFlagAndTheLicenceNote() {
    String text = run("describe", "epds").out();

    assertThat(text).containsPattern("self_harm[^\n]*epds_10[^\n]*1");
    assertThat(text).contains("restricted").contains("Royal College of Psychiatrists");
  }

  @Test
  void describe_changeThresholds_showKindFigureAndSourceAndEachProfilesCutoff() {
    String epds = run("describe", "epds").out();
    assertThat(epds).containsPattern("change: reliable_change 4 \\(a change of 4 or more, either way, meets it; "
        + "lower is better\\); source: matthey2004 \\(confirmed\\)");
    assertThat(profileSection(epds, "default")).contains("a reliable change that crosses 13");
    assertThat(profileSection(epds, "depressd2020")).contains("a reliable change that crosses 11");
    assertThat(profileSection(epds, "fathers")).contains("a reliable change that crosses 6");

    String phq9 = run("describe", "phq9").out();
    assertThat(phq9).contains("change: mcid 5 (").contains("source: lowe2004 (confirmed)")
        .contains("change: reliable_improvement 6 (").contains("source: talking-therapies (secondary)");
    String gad7 = run("describe", "gad7").out();
    assertThat(gad7).contains("change: mcid 4 (").contains("source: toussaint2020 (confirmed)")
        .contains("change: reliable_improvement 4 (");
  }

  @Test
  void describe_epdsJson_isTheDefinitionWithoutWording() {
    Cli.Run run = run("describe", "epds", "--json");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("id").stringValue()).isEqualTo("epds");
    assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(doc.get("items").size()).isEqualTo(10);
    // no item, option or instruction wording ships for the EPDS (citations in references[].text are not wording)
    assertThat(pathsAnywhere(doc.get("items"), "$.items")).noneMatch(path -> path.endsWith(".text"));
    assertThat(doc.has("instructions")).isFalse();
    assertThat(doc.get("licence").get("textIncluded").booleanValue()).isFalse();
  }

  @Test
  void describe_phq9Json_isValidJsonWithItsItems() {
    Cli.Run run = run("describe", "phq9", "--json");

    assertThat(run.exit()).as("%s", run).isEqualTo(ExitCodes.OK);
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("id").stringValue()).isEqualTo("phq9");
    assertThat(doc.get("items")).extracting(i -> i.get("id").stringValue()).containsExactly("phq9_1", "phq9_2",
        "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8", "phq9_9", "phq9_difficulty");
  }

  @Test
  void describe_unknownInstrument_exitsTwo() {
    assertUsageError(run("describe", "nosuch"), "nosuch");
  }

  @Test
  void describe_unknownInstrumentJson_exitsTwo() {
    assertUsageError(run("describe", "nosuch", "--json"), "nosuch");
  }

  /** The first line after the line that names {@code item} that lists options (holds "="). */
  private static String optionsLineAfter(String text, String item) {
    Pattern itemLine = Pattern.compile("(?m)^\\s*" + Pattern.quote(item) + "\\b.*$");
    var m = itemLine.matcher(text);
    assertThat(m.find()).as("a line naming %s", item).isTrue();
    for (String line : text.substring(m.end()).split("\n")) {
      if (line.contains("=")) {
        return line;
      }
    }
    throw new AssertionError("no options line after " + item);
  }

  /** A line holding the four option scores in this order (as "= n"). */
  private static String inOrder(int a, int b, int c, int d) {
    return ".*=\\s*" + a + "\\b.*=\\s*" + b + "\\b.*=\\s*" + c + "\\b.*=\\s*" + d + "\\b.*";
  }

  private static String band(int min, int max, String code) {
    return "\\b" + min + "\\s*[-\u2013]\\s*" + max + "\\b[^\n,]*" + code;
  }

  /** The JSON path of every property in the document, e.g. {@code $.items[0].label}. */
  private static List<String> pathsAnywhere(JsonNode node, String path) {
    List<String> paths = new ArrayList<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        paths.add(path + "." + e.getKey());
        paths.addAll(pathsAnywhere(e.getValue(), path + "." + e.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths.addAll(pathsAnywhere(node.get(i), path + "[" + i + "]"));
      }
    }
    return paths;
  }
}
