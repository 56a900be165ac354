package io.github.socialecosystem.rules.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.policy.Decision;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where an organisation stands in its social ecosystem: findings, figures, a positioning summary,
 * next steps, and the best actions in each community. Made by {@link EcosystemAdvisor}.
 *
 * <pre>{@code
 * EcosystemAssessment a = EcosystemAdvisor.assess(ecosystem);
 * a.has(EcosystemFinding.Code.NO_DESTINATION);       // false once a community is owned
 * a.ownedMemberShare();                     // OptionalDouble[0.62]
 * a.topActions().get("fan-club");           // the three best decisions there
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EcosystemAssessment {
  private final Ecosystem ecosystem;
  private final ImmutableList<EcosystemFinding> findings;
  private final ImmutableListMultimap<EcosystemFinding.Code, EcosystemFinding> findingsByCode;
  private final ImmutableMap<Layer, Integer> communitiesPerLayer;
  private final OptionalDouble ownedCommunityShare;
  private final OptionalDouble ownedMemberShare;
  private final OptionalDouble outerReachShare;
  private final String summary;
  private final List<String> nextSteps;
  private final ImmutableMap<String, List<Decision>> topActions;

  EcosystemAssessment(
      Ecosystem ecosystem,
      ImmutableList<EcosystemFinding> findings,
      ImmutableMap<Layer, Integer> communitiesPerLayer,
      OptionalDouble ownedCommunityShare,
      OptionalDouble ownedMemberShare,
      OptionalDouble outerReachShare,
      String summary,
      List<String> nextSteps,
      ImmutableMap<String, List<Decision>> topActions) {
    this.ecosystem = ecosystem;
    this.findings = findings;
    this.findingsByCode = Multimaps.index(findings, EcosystemFinding::code);
    this.communitiesPerLayer = communitiesPerLayer;
    this.ownedCommunityShare = ownedCommunityShare;
    this.ownedMemberShare = ownedMemberShare;
    this.outerReachShare = outerReachShare;
    this.summary = summary;
    this.nextSteps = nextSteps;
    this.topActions = topActions;
  }

  /** The ecosystem assessed. */
  public Ecosystem ecosystem() {
    return ecosystem;
  }

  /** What was found, most severe first. */
  public List<EcosystemFinding> findings() {
    return findings;
  }

  /** The findings with the given code. */
  public List<EcosystemFinding> findings(EcosystemFinding.Code code) {
    requireNonNull(code, "code");
    return findingsByCode.get(code);
  }

  /** Whether there is a finding with the given code. */
  public boolean has(EcosystemFinding.Code code) {
    requireNonNull(code, "code");
    return findingsByCode.containsKey(code);
  }

  /** How many communities each layer has, for every layer. */
  public Map<Layer, Integer> communitiesPerLayer() {
    return communitiesPerLayer;
  }

  /** The share of communities (0 to 1) whose data the organisation owns; empty if there are none. */
  public OptionalDouble ownedCommunityShare() {
    return ownedCommunityShare;
  }

  /**
   * The share of members (0 to 1) in communities whose data the organisation owns, counting the
   * communities whose member count is known; empty when none is.
   */
  public OptionalDouble ownedMemberShare() {
    return ownedMemberShare;
  }

  /** The share of outer communities (0 to 1) that reach an owned one; empty if there are none. */
  public OptionalDouble outerReachShare() {
    return outerReachShare;
  }

  /** A few sentences on where the organisation stands. */
  public String summary() {
    return summary;
  }

  /** What to do next, most pressing first. */
  public List<String> nextSteps() {
    return nextSteps;
  }

  /** Each community's best permitted actions (up to three), by community id, best first. */
  public Map<String, List<Decision>> topActions() {
    return topActions;
  }

  /** The assessment as a Markdown document. */
  public String toMarkdown() {
    // Names come from users: a line break or a Markdown mark in one must not add a heading, a
    // list or a table row to the report.
    StringBuilder md = new StringBuilder();
    md.append("# Social ecosystem of ").append(markdownText(ecosystem.organization()))
        .append("\n\n");
    md.append(oneLine(summary)).append("\n\n");

    md.append("## Figures\n\n");
    md.append("| figure | value |\n|---|---|\n");
    for (Layer layer : Layer.values()) {
      md.append("| ").append(EcosystemAdvisor.name(layer)).append(" communities | ")
          .append(communitiesPerLayer.get(layer)).append(" |\n");
    }
    md.append("| communities whose data is owned | ")
        .append(percentOrUnknown(ownedCommunityShare)).append(" |\n");
    md.append("| members whose data is owned | ").append(percentOrUnknown(ownedMemberShare))
        .append(" |\n");
    md.append("| outer communities that reach a destination | ")
        .append(percentOrUnknown(outerReachShare)).append(" |\n\n");

    md.append("## Findings\n\n");
    if (findings.isEmpty()) {
      md.append("None: every layer has a strategy and every outer community leads inward.\n\n");
    } else {
      for (EcosystemFinding finding : findings) {
        md.append("- **").append(finding.severity()).append("** `").append(finding.code())
            .append("`: ").append(oneLine(finding.message())).append('\n');
      }
      md.append('\n');
    }

    md.append("## Next steps\n\n");
    if (nextSteps.isEmpty()) {
      md.append("Keep going: listen outside, market on your pages, build relationships inside.\n");
    }
    for (int i = 0; i < nextSteps.size(); i++) {
      md.append(i + 1).append(". ").append(oneLine(nextSteps.get(i))).append('\n');
    }
    md.append('\n');

    md.append("## Best actions per community\n\n");
    md.append("| community | type | best actions |\n|---|---|---|\n");
    for (Community community : ecosystem.communities()) {
      md.append("| ").append(community.id()).append(" | ").append(community.type()).append(" | ")
          .append(
              topActions.getOrDefault(community.id(), List.of()).stream()
                  .map(d -> d.action().id() + " (" + d.verdict() + ")")
                  .collect(Collectors.joining(", ")))
          .append(" |\n");
    }
    return md.toString();
  }
  /** A text on one line: each line break becomes a space. */
  private static String oneLine(String text) {
    return LINE_BREAK.matcher(text).replaceAll(" ");
  }

  /** A name as Markdown text: on one line, with the characters that mark up a line escaped. */
  private static String markdownText(String text) {
    return MARKDOWN_MARK.matcher(oneLine(text)).replaceAll("\\\\$0");
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");
  private static final Pattern MARKDOWN_MARK = Pattern.compile("[\\\\`*_\\[\\]<>|~]");


  private static String percentOrUnknown(OptionalDouble share) {
    return share.isPresent() ? EcosystemAdvisor.percent(share.getAsDouble()) : "unknown";
  }

  @Override
  public String toString() {
    return "EcosystemAssessment{" + ecosystem.organization() + ", " + findings.size() + " findings}";
  }
}
