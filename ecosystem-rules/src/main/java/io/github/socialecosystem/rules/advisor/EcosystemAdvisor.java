package io.github.socialecosystem.rules.advisor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.socialecosystem.core.Channel;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.policy.Decision;
import io.github.socialecosystem.rules.PolicyEngine;
import io.github.socialecosystem.rules.advisor.EcosystemFinding.Code;
import io.github.socialecosystem.rules.advisor.EcosystemFinding.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Tells an organisation where it stands in its social ecosystem.
 *
 * <pre>{@code
 * EcosystemAssessment assessment = EcosystemAdvisor.assess(ecosystem);
 * assessment.findings();      // e.g. NO_PATH_TO_DESTINATION for a forum that leads nowhere
 * assessment.nextSteps();     // what to do, most pressing first
 * System.out.println(assessment.toMarkdown());
 * }</pre>
 *
 * <p>The findings: {@link Code#NO_DESTINATION} when no community is owned; {@link
 * Code#MISSING_LAYER} for an empty participating or managed layer (an empty owned layer is
 * reported as {@code NO_DESTINATION}); {@link Code#NO_PATH_TO_DESTINATION} for each outer
 * community that cannot reach an owned one (only when there is one to reach); {@link
 * Code#OUTWARD_CHANNEL} for each channel that leads outward; {@link Code#DATA_MOSTLY_NOT_OWNED}
 * when most of the members whose number is known are in communities whose data the organisation
 * does not own.
 *
 * <p>Whether each outer community reaches a destination comes from {@link
 * Ecosystem#reachesDestination}, worked out for all communities at once, so an assessment takes
 * time proportional to the number of communities plus the number of channels.
 *
 * @since 0.1.0
 */
public final class EcosystemAdvisor {
  /** How many of each community's best actions an assessment lists. */
  public static final int TOP_ACTIONS = 3;

  private EcosystemAdvisor() {}

  /** Assesses {@code ecosystem}, with the standard policy for each community's best actions. */
  public static EcosystemAssessment assess(Ecosystem ecosystem) {
    return assess(ecosystem, PolicyEngine.standard());
  }

  /** Assesses {@code ecosystem}, with {@code engine}'s policy for each community's best actions. */
  public static EcosystemAssessment assess(Ecosystem ecosystem, PolicyEngine engine) {
    requireNonNull(ecosystem, "ecosystem");
    requireNonNull(engine, "engine");

    Map<Layer, Integer> perLayer = new EnumMap<>(Layer.class);
    for (Layer layer : Layer.values()) {
      perLayer.put(layer, ecosystem.communities(layer).size());
    }
    List<Community> communities = ecosystem.communities();
    List<Community> owned = ecosystem.communities(Layer.OWNED);
    List<Community> outer =
        communities.stream().filter(c -> c.layer().isOuter()).collect(Collectors.toList());
    List<Community> stranded =
        outer.stream().filter(c -> !ecosystem.reachesDestination(c.id())).collect(Collectors.toList());

    OptionalDouble ownedShare =
        communities.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of(owned.size() / (double) communities.size());
    List<Community> reached = ecosystem.destinations();
    OptionalDouble ownedMemberShare = ownedMemberShare(communities);
    OptionalDouble reachShare =
        outer.isEmpty()
            ? OptionalDouble.empty()
            : OptionalDouble.of((outer.size() - stranded.size()) / (double) outer.size());

    // Each finding with the step that answers it; sorted together, most severe first. Every
    // finding is different (one per layer, community or channel), so a list is enough.
    List<Step> steps = new ArrayList<>();
    if (owned.isEmpty()) {
      add(
          steps,
          new EcosystemFinding(
              Code.NO_DESTINATION,
              Severity.CRITICAL,
              "No community is owned by the organisation, so there is no destination to draw"
                  + " people toward and no member data it owns.",
              List.of()),
          "Start a community on your own software (a customer or fan community) to be the"
              + " destination of your ecosystem.");
    }
    if (ecosystem.communities(Layer.PARTICIPATING).isEmpty()) {
      add(
          steps,
          missingLayer(Layer.PARTICIPATING),
          "Find where people already talk about your field, and listen there.");
    }
    if (ecosystem.communities(Layer.MANAGED).isEmpty()) {
      add(
          steps,
          missingLayer(Layer.MANAGED),
          "Run a page on a consumer network to market and to invite people inward.");
    }
    if (!owned.isEmpty()) {
      for (Community community : stranded) {
        add(
            steps,
            new EcosystemFinding(
                Code.NO_PATH_TO_DESTINATION,
                Severity.WARNING,
                "'" + community.id() + "' (" + name(community.layer())
                    + ") has no channel path to an owned community.",
                List.of(community.id())),
            "Give '" + community.id() + "' a path inward: invite its people to an owned"
                + " community, directly or through a managed one.");
      }
    }
    for (Channel channel : ecosystem.channels()) {
      Layer from = layerOf(ecosystem, channel.from());
      Layer to = layerOf(ecosystem, channel.to());
      if (to.compareTo(from) < 0) {
        add(
            steps,
            new EcosystemFinding(
                Code.OUTWARD_CHANNEL,
                Severity.INFO,
                "Channel " + channel + " leads outward, from the " + name(from) + " layer to the "
                    + name(to) + " layer.",
                List.of(channel.from(), channel.to())),
            "Check that channel " + channel + " is meant to send people outward.");
      }
    }
    if (ownedMemberShare.isPresent() && ownedMemberShare.getAsDouble() < 0.5) {
      add(
          steps,
          new EcosystemFinding(
              Code.DATA_MOSTLY_NOT_OWNED,
              Severity.WARNING,
              "Only " + Texts.percents(ownedMemberShare.getAsDouble(), 0.5).get(0) + " of known members are in"
                  + " communities whose data the organisation owns.",
              communities.stream()
                  .filter(c -> !c.dataOwnership().ownedByOrganization())
                  .filter(c -> c.memberCount().isPresent())
                  .map(Community::id)
                  .collect(Collectors.toList())),
          "Draw members into communities you own, where their data and the relationship are"
              + " yours.");
    }
    steps.sort(Comparator.comparing(step -> step.finding().severity()));
    ImmutableList<EcosystemFinding> findings =
        steps.stream().map(Step::finding).collect(ImmutableList.toImmutableList());
    List<String> nextSteps =
        steps.stream().map(Step::text).distinct().collect(ImmutableList.toImmutableList());

    ImmutableMap.Builder<String, List<Decision>> topActions = ImmutableMap.builder();
    for (Community community : communities) {
      List<Decision> best = engine.appropriateActions(community);
      topActions.put(
          community.id(), ImmutableList.copyOf(best.subList(0, Math.min(TOP_ACTIONS, best.size()))));
    }

    return new EcosystemAssessment(
        ecosystem,
        findings,
        ImmutableMap.copyOf(perLayer),
        ownedShare,
        ownedMemberShare,
        reachShare,
        summary(ecosystem, perLayer, owned, outer, stranded, reached, ownedMemberShare),
        nextSteps,
        topActions.buildOrThrow());
  }

  /**
   * The share of known members in communities whose data is owned. Member counts can add up to
   * more than a {@code long} holds, so they are summed exactly and divided once.
   */
  /** A finding and the next step that answers it. */
  private record Step(EcosystemFinding finding, String text) {}

  private static void add(List<Step> steps, EcosystemFinding finding, String text) {
    steps.add(new Step(finding, text));
  }

  private static OptionalDouble ownedMemberShare(List<Community> communities) {
    BigInteger known = BigInteger.ZERO;
    BigInteger owned = BigInteger.ZERO;
    for (Community community : communities) {
      if (community.memberCount().isPresent()) {
        BigInteger members = BigInteger.valueOf(community.memberCount().getAsLong());
        known = known.add(members);
        if (community.dataOwnership().ownedByOrganization()) {
          owned = owned.add(members);
        }
      }
    }
    if (known.signum() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(
        new BigDecimal(owned).divide(new BigDecimal(known), MathContext.DECIMAL64).doubleValue());
  }

  private static String summary(
      Ecosystem ecosystem,
      Map<Layer, Integer> perLayer,
      List<Community> owned,
      List<Community> outer,
      List<Community> stranded,
      List<Community> reached,
      OptionalDouble ownedMemberShare) {
    if (ecosystem.communities().isEmpty()) {
      return ecosystem.organization() + " has no community yet: start with one in each layer.";
    }
    long layers = perLayer.values().stream().filter(n -> n > 0).count();
    StringBuilder text = new StringBuilder();
    text.append(ecosystem.organization())
        .append(" has ")
        .append(count(ecosystem.communities().size(), "community", "communities"))
        .append(" in ")
        .append(layers == 3 ? "all three layers" : count((int) layers, "layer", "layers") + " of three")
        .append(". ");
    if (owned.isEmpty()) {
      text.append("It owns no community yet, so its outer communities lead nowhere it owns.");
    } else if (outer.isEmpty()) {
      text.append("It owns ").append(count(owned.size(), "community", "communities"))
          .append(" but takes part in no outer community that could draw people in.");
    } else {
      text.append(outer.size() - stranded.size()).append(" of ").append(outer.size())
          .append(" outer ").append(outer.size() == 1 ? "community leads" : "communities lead")
          .append(" to ")
          .append(count(reached.size(), "owned destination", "owned destinations"))
          .append('.');
    }
    ownedMemberShare.ifPresent(
        share -> text.append(" ").append(percent(share))
            .append(" of known members are where it owns the data."));
    return text.toString();
  }

  private static EcosystemFinding missingLayer(Layer layer) {
    return new EcosystemFinding(
        Code.MISSING_LAYER,
        Severity.WARNING,
        "The " + name(layer) + " layer has no community: there is no strategy for it.",
        List.of());
  }

  private static Layer layerOf(Ecosystem ecosystem, String id) {
    return ecosystem.community(id).orElseThrow().layer();
  }

  static String name(Layer layer) {
    return Texts.kebab(layer);
  }

  static String percent(double share) {
    return Texts.percent(share);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
