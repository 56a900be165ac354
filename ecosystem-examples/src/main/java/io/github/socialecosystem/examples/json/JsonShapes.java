package io.github.socialecosystem.examples.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.DataOwnership;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.Obligation;
import io.github.socialecosystem.core.policy.Reason;
import io.github.socialecosystem.rules.Counterfactual;
import io.github.socialecosystem.rules.Counterfactuals;
import io.github.socialecosystem.rules.advisor.EcosystemAssessment;
import io.github.socialecosystem.rules.advisor.EcosystemFinding;
import io.github.socialecosystem.rules.analysis.PolicyFinding;
import io.github.socialecosystem.rules.analysis.GridCell;
import io.github.socialecosystem.rules.analysis.PolicyAnalysis;
import io.github.socialecosystem.rules.analysis.PolicyComparison;
import io.github.socialecosystem.rules.analysis.PolicyDiff;
import io.github.socialecosystem.rules.analysis.Situation;
import io.github.socialecosystem.rules.analysis.VerdictChange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Renders the library's results as JSON, in shapes that tools can rely on.
 *
 * <pre>{@code
 * String json = JsonShapes.decision(community, engine.decide(community, action), context);
 * // {"schema": "social-ecosystem/decision/1", "verdict": "appropriate", ...}
 * }</pre>
 *
 * <p>Every document is an object whose first field, {@code schema}, names its shape and version
 * ({@code social-ecosystem/<shape>/<version>}); a version changes only when a field is removed or
 * changes meaning, never when one is added. Field names are camel case; every value the policy and
 * ecosystem languages spell (verdicts, types, layers, intents, formats, reaches, stewards,
 * platform kinds, memberships, audiences, finding codes) is written the way the languages write
 * it, in lowercase kebab case ({@code one-to-many}, {@code no-path-to-destination}). Shares are
 * numbers from 0 to 1; a figure that does not exist (a share of no communities) is {@code null}.
 * The shapes are described field by field in the README's "JSON" section.
 */
public final class JsonShapes {
  /** The prefix of every {@code schema} value. */
  public static final String SCHEMA_PREFIX = "social-ecosystem/";

  /** The version of every shape this class writes. */
  public static final int VERSION = 1;

  private JsonShapes() {}

  /** The {@code schema} value of a shape, e.g. {@code social-ecosystem/decision/1}. */
  public static String schema(String shape) {
    return SCHEMA_PREFIX + shape + "/" + VERSION;
  }

  /**
   * A decision about one action in one community, with the recent activity it was made with.
   *
   * @param community the community the decision is about
   * @param decision what the engine decided there
   * @param context the recent activity the engine was given ({@link EngagementContext#none()} if
   *     none)
   */
  public static String decision(Community community, Decision decision, EngagementContext context) {
    requireNonNull(community, "community");
    requireNonNull(decision, "decision");
    requireNonNull(context, "context");
    return render(json -> {
      json.writeStartObject();
      json.writeStringField("schema", schema("decision"));
      writeDecisionFields(json, community, decision, context);
      json.writeEndObject();
    });
  }

  /**
   * A decision with what would change it: the fields of {@link #decision(Community, Decision,
   * EngagementContext)}, then {@code wouldChange} {{@code complete}, {@code nearest} [{{@code
   * verdict}, {@code type} (the community type there), {@code changes} [{{@code attribute},
   * {@code from}, {@code to}}], {@code reasons}}]}. A topic added has {@code from} null, and a
   * topic removed {@code to} null.
   *
   * @param community the community the decision is about
   * @param counterfactuals the engine's decision there and what would change it
   * @param context the recent activity the engine was given
   */
  public static String decision(
      Community community, Counterfactuals counterfactuals, EngagementContext context) {
    requireNonNull(community, "community");
    requireNonNull(counterfactuals, "counterfactuals");
    requireNonNull(context, "context");
    return render(json -> {
      json.writeStartObject();
      json.writeStringField("schema", schema("decision"));
      writeDecisionFields(json, community, counterfactuals.decision(), context);
      json.writeFieldName("wouldChange");
      json.writeStartObject();
      json.writeBooleanField("complete", counterfactuals.complete());
      json.writeFieldName("nearest");
      json.writeStartArray();
      for (Counterfactual counterfactual : counterfactuals.nearest()) {
        json.writeStartObject();
        json.writeStringField("verdict", word(counterfactual.verdict()));
        json.writeStringField("type", word(counterfactual.community().type()));
        json.writeFieldName("changes");
        json.writeStartArray();
        for (Counterfactual.Change change : counterfactual.changes()) {
          json.writeStartObject();
          json.writeStringField("attribute", change.attribute().word());
          writeStringOrNull(json, "from", change.from());
          writeStringOrNull(json, "to", change.to());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("reasons");
        writeReasons(json, counterfactual.decision().reasons());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  private static void writeStringOrNull(JsonGenerator json, String field, String value)
      throws IOException {
    if (value.isEmpty()) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, value);
    }
  }

  /** Writes a decision's fields (without the schema) into the current object. */
  static void writeDecisionFields(
      JsonGenerator json, Community community, Decision decision, EngagementContext context)
      throws IOException {
    json.writeFieldName("community");
    json.writeStartObject();
    json.writeStringField("id", community.id());
    json.writeStringField("type", word(community.type()));
    json.writeStringField("layer", word(community.layer()));
    json.writeEndObject();
    json.writeFieldName("action");
    writeAction(json, decision.action());
    json.writeFieldName("recentActivity");
    writeContext(json, context);
    json.writeStringField("verdict", word(decision.verdict()));
    json.writeBooleanField("permits", decision.permits());
    json.writeFieldName("reasons");
    writeReasons(json, decision.reasons());
    json.writeFieldName("overridden");
    writeReasons(json, decision.overridden());
    json.writeFieldName("obligations");
    writeStrings(json, decision.obligationTexts());
    json.writeFieldName("typedObligations");
    json.writeStartArray();
    for (Obligation obligation : decision.obligations()) {
      writeObligation(json, obligation);
    }
    json.writeEndArray();
    json.writeBooleanField("requiresApproval", decision.requiresApproval());
    json.writeFieldName("alternatives");
    json.writeStartArray();
    for (EngagementAction alternative : decision.alternatives()) {
      writeAction(json, alternative);
    }
    json.writeEndArray();
  }

  /** An ecosystem: its organisation, communities (with what is derived from them) and channels. */
  public static String ecosystem(Ecosystem ecosystem) {
    requireNonNull(ecosystem, "ecosystem");
    return render(json -> {
      json.writeStartObject();
      json.writeStringField("schema", schema("ecosystem"));
      writeEcosystemFields(json, ecosystem);
      json.writeEndObject();
    });
  }

  private static void writeEcosystemFields(JsonGenerator json, Ecosystem ecosystem)
      throws IOException {
    json.writeStringField("organization", ecosystem.organization());
    json.writeFieldName("communities");
    json.writeStartArray();
    for (Community community : ecosystem.communities()) {
      writeCommunity(json, community);
    }
    json.writeEndArray();
    json.writeFieldName("channels");
    json.writeStartArray();
    for (Channel channel : ecosystem.channels()) {
      json.writeStartObject();
      json.writeStringField("from", channel.from());
      json.writeStringField("to", channel.to());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * An ecosystem's assessment: figures, findings, next steps, each community's best actions, and
   * the ecosystem assessed (its fields as in {@link #ecosystem(Ecosystem)}, without a schema).
   */
  public static String assessment(EcosystemAssessment assessment) {
    requireNonNull(assessment, "assessment");
    return render(json -> {
      json.writeStartObject();
      json.writeStringField("schema", schema("assessment"));
      json.writeStringField("organization", assessment.ecosystem().organization());
      json.writeStringField("summary", assessment.summary());
      json.writeFieldName("communitiesPerLayer");
      json.writeStartObject();
      for (Map.Entry<Layer, Integer> entry : assessment.communitiesPerLayer().entrySet()) {
        json.writeNumberField(word(entry.getKey()), entry.getValue());
      }
      json.writeEndObject();
      writeShare(json, "ownedCommunityShare", assessment.ownedCommunityShare());
      writeShare(json, "ownedMemberShare", assessment.ownedMemberShare());
      writeShare(json, "outerReachShare", assessment.outerReachShare());
      json.writeFieldName("findings");
      json.writeStartArray();
      for (EcosystemFinding finding : assessment.findings()) {
        json.writeStartObject();
        json.writeStringField("code", word(finding.code()));
        json.writeStringField("severity", word(finding.severity()));
        json.writeStringField("message", finding.message());
        json.writeFieldName("communities");
        writeStrings(json, finding.communityIds());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("nextSteps");
      writeStrings(json, assessment.nextSteps());
      json.writeFieldName("topActions");
      json.writeStartArray();
      for (Community community : assessment.ecosystem().communities()) {
        List<Decision> best = assessment.topActions().get(community.id());
        if (best == null) {
          continue;
        }
        json.writeStartObject();
        json.writeStringField("community", community.id());
        json.writeFieldName("actions");
        json.writeStartArray();
        for (Decision decision : best) {
          json.writeStartObject();
          json.writeStringField("id", decision.action().id());
          json.writeStringField("verdict", word(decision.verdict()));
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("ecosystem");
      json.writeStartObject();
      writeEcosystemFields(json, assessment.ecosystem());
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  /** A policy's analysis: whether it is complete, and every finding with its witness. */
  public static String analysis(PolicyAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    return render(json -> {
      json.writeStartObject();
      writeAnalysisFields(json, analysis);
      json.writeEndObject();
    });
  }

  /**
   * A policy's analysis, as {@link #analysis(PolicyAnalysis)}, followed by {@code against}: the
   * policy checked against a baseline, with the diff's grid cells and changes where it is more
   * lenient ({@code before} the baseline's verdict, {@code after} the policy's).
   *
   * @param analysis the policy's analysis
   * @param comparison the same policy compared with a baseline
   * @param strict whether being more lenient counts as an error ({@code hasErrors})
   */
  public static String analysis(
      PolicyAnalysis analysis, PolicyComparison comparison, boolean strict) {
    requireNonNull(analysis, "analysis");
    requireNonNull(comparison, "comparison");
    return render(json -> {
      json.writeStartObject();
      writeAnalysisFields(json, analysis);
      json.writeFieldName("against");
      json.writeStartObject();
      json.writeStringField("baseline", comparison.baseline().id());
      json.writeBooleanField("complete", comparison.isComplete());
      json.writeBooleanField("refines", comparison.refines());
      json.writeBooleanField("hasErrors", strict && !comparison.moreLenient().isEmpty());
      json.writeNumberField("moreLenientCount", comparison.moreLenient().size());
      json.writeFieldName("grid");
      json.writeStartArray();
      for (GridCell cell : comparison.grid()) {
        writeGridCell(json, cell);
      }
      json.writeEndArray();
      json.writeFieldName("moreLenient");
      json.writeStartArray();
      for (VerdictChange change : comparison.moreLenient()) {
        writeChange(json, change);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  private static void writeAnalysisFields(JsonGenerator json, PolicyAnalysis analysis)
      throws IOException {
    json.writeStringField("schema", schema("analysis"));
    json.writeStringField("policy", analysis.policy().id());
    json.writeNumberField("rules", analysis.policy().rules().size());
    json.writeNumberField("situationsExamined", analysis.situationsExamined());
    json.writeBooleanField("complete", analysis.isComplete());
    json.writeBooleanField("hasErrors", analysis.hasErrors());
    json.writeFieldName("findings");
    json.writeStartArray();
    for (PolicyFinding finding : analysis.findings()) {
      json.writeStartObject();
      json.writeStringField("kind", word(finding.kind()));
      json.writeBooleanField("error", finding.isError());
      json.writeBooleanField("proven", finding.proven());
      json.writeFieldName("rules");
      writeStrings(json, finding.ruleIds());
      json.writeNumberField("occurrences", finding.occurrences());
      json.writeStringField("message", finding.message());
      json.writeFieldName("witness");
      if (finding.witness().isPresent()) {
        writeSituation(json, finding.witness().get());
      } else {
        json.writeNull();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /**
   * What changes from one policy to another: the summary grid (each standard action in each
   * community type, with every flip there), then every situation whose verdict flips, with the
   * recent activity it flips under. Large diffs are long; {@link #diff(PolicyDiff, Writer)}
   * streams them.
   */
  public static String diff(PolicyDiff diff) {
    requireNonNull(diff, "diff");
    StringWriter out = new StringWriter();
    diff(diff, out);
    return out.toString();
  }

  /** Writes {@link #diff(PolicyDiff)} to {@code out} as it goes, without holding it in memory. */
  public static void diff(PolicyDiff diff, Writer out) {
    requireNonNull(diff, "diff");
    requireNonNull(out, "out");
    write(out, json -> {
      json.writeStartObject();
      json.writeStringField("schema", schema("diff"));
      json.writeStringField("before", diff.before().id());
      json.writeStringField("after", diff.after().id());
      json.writeBooleanField("complete", diff.isComplete());
      json.writeFieldName("balanceLimit");
      json.writeStartObject();
      json.writeNumberField("before", diff.before().balanceLimit());
      json.writeNumberField("after", diff.after().balanceLimit());
      json.writeEndObject();
      json.writeNumberField("changeCount", diff.changes().size());
      json.writeFieldName("grid");
      json.writeStartArray();
      for (GridCell cell : diff.grid()) {
        writeGridCell(json, cell);
      }
      json.writeEndArray();
      json.writeFieldName("changes");
      json.writeStartArray();
      for (VerdictChange change : diff.changes()) {
        writeChange(json, change);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  private static void writeGridCell(JsonGenerator json, GridCell cell) throws IOException {
    json.writeStartObject();
    json.writeStringField("action", cell.action().id());
    json.writeStringField("type", word(cell.type()));
    json.writeNumberField("shapes", cell.shapes());
    json.writeStringField("before", word(cell.before()));
    json.writeStringField("after", word(cell.after()));
    json.writeStringField("text", cell.text());
    json.writeFieldName("flips");
    json.writeStartArray();
    for (GridCell.Flip flip : cell.flips()) {
      json.writeStartObject();
      json.writeStringField("before", word(flip.before()));
      json.writeStringField("after", word(flip.after()));
      json.writeNumberField("shapes", flip.shapes());
      json.writeBooleanField("onlyWithTopics", flip.onlyWithTopics());
      json.writeBooleanField("onlyWithRecentPromotion", flip.onlyWithRecentPromotion());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeChange(JsonGenerator json, VerdictChange change) throws IOException {
    json.writeStartObject();
    json.writeFieldName("situation");
    writeSituation(json, change.situation());
    json.writeFieldName("recentActivity");
    writeContext(json, change.context());
    json.writeStringField("before", word(change.before()));
    json.writeStringField("after", word(change.after()));
    json.writeFieldName("decidingRulesAfter");
    writeStrings(json, change.decidingRulesAfter());
    json.writeEndObject();
  }

  /** A value as the languages write it: lowercase kebab case. */
  public static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} that the languages write {@code word}, if there is one. */
  public static <E extends Enum<E>> Optional<E> valueOf(Class<E> type, String word) {
    for (E value : type.getEnumConstants()) {
      if (word(value).equals(word)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Every constant of {@code type} as the languages write it, for messages: {@code a, b, c}. */
  public static String words(Class<? extends Enum<?>> type) {
    StringBuilder words = new StringBuilder();
    for (Enum<?> value : type.getEnumConstants()) {
      words.append(words.length() == 0 ? "" : ", ").append(word(value));
    }
    return words.toString();
  }

  private static void writeCommunity(JsonGenerator json, Community community) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", community.id());
    json.writeStringField("name", community.name());
    json.writeStringField("steward", word(community.steward()));
    json.writeFieldName("platform");
    json.writeStartObject();
    json.writeStringField("name", community.platform().name());
    json.writeStringField("kind", word(community.platform().kind()));
    json.writeEndObject();
    json.writeStringField("membership", word(community.membership()));
    json.writeStringField("audience", word(community.audience()));
    json.writeFieldName("topics");
    writeStrings(json, community.topics());
    if (community.memberCount().isPresent()) {
      json.writeNumberField("memberCount", community.memberCount().getAsLong());
    } else {
      json.writeNullField("memberCount");
    }
    json.writeStringField("type", word(community.type()));
    json.writeStringField("layer", word(community.layer()));
    DataOwnership data = community.dataOwnership();
    json.writeFieldName("dataOwnership");
    json.writeStartObject();
    json.writeStringField("holder", word(data.holder()));
    json.writeStringField("visibility", word(data.visibility()));
    json.writeBooleanField("mayExport", data.mayExport());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeSituation(JsonGenerator json, Situation situation) throws IOException {
    Community community = situation.community();
    json.writeStartObject();
    json.writeFieldName("community");
    json.writeStartObject();
    json.writeStringField("type", word(community.type()));
    json.writeStringField("layer", word(community.layer()));
    json.writeStringField("steward", word(community.steward()));
    json.writeStringField("platformKind", word(community.platform().kind()));
    json.writeStringField("membership", word(community.membership()));
    json.writeStringField("audience", word(community.audience()));
    json.writeFieldName("topics");
    writeStrings(json, community.topics());
    json.writeEndObject();
    json.writeFieldName("action");
    writeAction(json, situation.action());
    json.writeBooleanField("anyActionId", situation.anyActionId());
    json.writeBooleanField("promotionOverBalanceLimit", situation.promotionOverBalanceLimit());
    json.writeStringField("description", situation.describe());
    json.writeEndObject();
  }

  private static void writeAction(JsonGenerator json, EngagementAction action) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", action.id());
    json.writeStringField("intent", word(action.intent()));
    json.writeStringField("format", word(action.format()));
    json.writeStringField("reach", word(action.reach()));
    json.writeBooleanField("standard", StandardActions.all().contains(action));
    json.writeEndObject();
  }

  /** An obligation: its kind and text, and what its kind needs (the others are null). */
  private static void writeObligation(JsonGenerator json, Obligation obligation)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", word(obligation.kind()));
    json.writeStringField("text", obligation.text());
    json.writeStringField("role", obligation.role().orElse(null));
    json.writeFieldName("days");
    if (obligation.days().isPresent()) {
      json.writeNumber(obligation.days().getAsInt());
    } else {
      json.writeNull();
    }
    json.writeStringField("format", obligation.format().map(JsonShapes::word).orElse(null));
    json.writeEndObject();
  }

  private static void writeReasons(JsonGenerator json, List<Reason> reasons) throws IOException {
    json.writeStartArray();
    for (Reason reason : reasons) {
      json.writeStartObject();
      json.writeStringField("rule", reason.ruleId());
      json.writeStringField("verdict", word(reason.verdict()));
      json.writeStringField("rationale", reason.rationale());
      if (reason.citation().isPresent()) {
        json.writeStringField("citation", reason.citation().get());
      } else {
        json.writeNullField("citation");
      }
      if (reason.detail().isPresent()) {
        json.writeStringField("detail", reason.detail().get());
      } else {
        json.writeNullField("detail");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeContext(JsonGenerator json, EngagementContext context) throws IOException {
    json.writeStartObject();
    for (Intent intent : Intent.values()) {
      Integer count = context.recentActivity().get(intent);
      if (count != null && count > 0) {
        json.writeNumberField(word(intent), count);
      }
    }
    json.writeEndObject();
  }

  private static void writeShare(JsonGenerator json, String field, OptionalDouble share)
      throws IOException {
    if (share.isPresent()) {
      json.writeNumberField(field, share.getAsDouble());
    } else {
      json.writeNullField(field);
    }
  }

  private static void writeStrings(JsonGenerator json, Iterable<String> values) throws IOException {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** The JSON factory, made the first time a document is written, not when a word is asked for. */
  private static final class Factory {
    static final JsonFactory INSTANCE = JsonFactory.builder().build();
  }

  /** What a document writes, given a generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String render(Body body) {
    StringWriter out = new StringWriter();
    write(out, body);
    return out.toString();
  }

  private static void write(Writer out, Body body) {
    try (JsonGenerator json = Factory.INSTANCE.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultIndenter indenter = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n");
      json.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      body.write(json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
