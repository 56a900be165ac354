package io.github.socialecosystem.examples.service;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.Platform;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.StandardActions;
import io.github.socialecosystem.core.Steward;
import io.github.socialecosystem.core.Verdict;
import io.github.socialecosystem.examples.json.JsonShapes;
import io.github.socialecosystem.rules.PolicyEngine;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A policy at a glance: each standard action in each community type, decided in every community
 * shape of that type (steward, platform kind, membership and audience; no topics, no recent
 * activity). A cell whose shapes all get one verdict shows it; one whose shapes disagree lists
 * each verdict with how many shapes get it, most lenient first.
 */
final class PolicyGrid {
  /** Every community shape that can exist, by type, in the order of the enums. */
  private static final Map<CommunityType, List<Community>> SHAPES = shapes();

  private PolicyGrid() {}

  private static List<Community> shapesOf(CommunityType type) {
    return requireNonNull(SHAPES.get(type), "every type has shapes");
  }

  static ObjectNode of(PolicyEngine engine, ObjectMapper json) {
    ObjectNode grid = json.createObjectNode();
    grid.put("schema", JsonShapes.schema("policy-grid"));
    ArrayNode types = grid.putArray("types");
    for (CommunityType type : CommunityType.values()) {
      ObjectNode column = types.addObject();
      column.put("type", JsonShapes.word(type));
      column.put("layer", JsonShapes.word(type.layer()));
      column.put("shapes", shapesOf(type).size());
    }
    ArrayNode rows = grid.putArray("rows");
    for (EngagementAction action : StandardActions.all()) {
      ObjectNode row = rows.addObject();
      row.put("action", action.id());
      ArrayNode cells = row.putArray("cells");
      for (CommunityType type : CommunityType.values()) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Community shape : shapesOf(type)) {
          counts.merge(engine.decide(shape, action).verdict(), 1, Integer::sum);
        }
        ObjectNode cell = cells.addObject();
        cell.put("type", JsonShapes.word(type));
        if (counts.size() == 1) {
          cell.put("verdict", JsonShapes.word(counts.keySet().iterator().next()));
        } else {
          cell.putNull("verdict");
        }
        ArrayNode verdicts = cell.putArray("verdicts");
        for (Map.Entry<Verdict, Integer> entry : counts.entrySet()) {
          ObjectNode count = verdicts.addObject();
          count.put("verdict", JsonShapes.word(entry.getKey()));
          count.put("shapes", entry.getValue());
        }
      }
    }
    return grid;
  }

  private static Map<CommunityType, List<Community>> shapes() {
    Map<CommunityType, List<Community>> shapes = new EnumMap<>(CommunityType.class);
    for (Steward steward : Steward.values()) {
      for (PlatformKind kind : PlatformKind.values()) {
        for (Membership membership : Membership.values()) {
          for (Audience audience : Audience.values()) {
            if (!CommunityType.exists(steward, kind, membership, audience)) {
              continue;
            }
            Community shape = Community.builder()
                .id("shape")
                .name("A community of this shape")
                .steward(steward)
                .platform(Platform.of("platform", kind))
                .membership(membership)
                .audience(audience)
                .build();
            shapes.computeIfAbsent(shape.type(), type -> new ArrayList<>()).add(shape);
          }
        }
      }
    }
    shapes.replaceAll((type, list) -> List.copyOf(list));
    return shapes;
  }
}
