package io.github.socialecosystem.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.socialecosystem.core.internal.Checks;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.core.testing.EcosystemArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

class CommunityProperties {

  @Property
  @Label("the classification table holds for every generated community")
  void classificationTableHolds(@ForAll Community c) {
    boolean organization = c.steward() == Steward.ORGANIZATION;
    boolean ownSoftware = c.platform().kind() == PlatformKind.COMMUNITY_SOFTWARE;

    assertEquals(!organization, c.type() == CommunityType.PARTICIPATING, c::toString);
    assertEquals(organization && !ownSoftware, c.type() == CommunityType.MANAGED, c::toString);
    assertEquals(organization && ownSoftware, c.layer() == Layer.OWNED, c::toString);
    assertEquals(
        c.layer() == Layer.OWNED && c.audience() == Audience.EMPLOYEES,
        c.type() == CommunityType.EMPLOYEE,
        c::toString);
    if (c.type() == CommunityType.CLOSED || c.type() == CommunityType.EMPLOYEE) {
      assertEquals(Membership.CONTROLLED, c.membership());
    }
    if (c.type() == CommunityType.EXTERNAL) {
      assertEquals(Membership.OPEN, c.membership());
    }
    assertEquals(c.type().layer(), c.layer());
    assertEquals(c.layer() == Layer.OWNED, c.dataOwnership().ownedByOrganization());
    assertEquals(c.layer() == Layer.OWNED, c.dataOwnership().mayExport());
  }

  // Edge cases off: the statistics describe the random distribution users get. The coverage
  // checks need their 200 tries even when fewer are the default (the mutation run): with twenty,
  // a type is missed about one run in twenty.
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @Label("the generator reaches every community type and layer")
  void generatorReachesEveryType(@ForAll Community c) {
    Statistics.label("type").collect(c.type());
    Statistics.label("layer").collect(c.layer());
    Statistics.label("type")
        .coverage(
            coverage -> {
              for (CommunityType type : CommunityType.values()) {
                coverage.check(type).percentage(p -> p >= 5.0);
              }
            });
    Statistics.label("layer")
        .coverage(
            coverage -> {
              for (Layer layer : Layer.values()) {
                coverage.check(layer).percentage(p -> p >= 10.0);
              }
            });
  }

  @Property
  void generatorsForALayerStayInIt(@ForAll("byLayer") Tuple2<Layer, Community> layerAndCommunity) {
    assertEquals(layerAndCommunity.get1(), layerAndCommunity.get2().layer());
  }

  @Property
  void generatorsForATypeStayInIt(@ForAll("byType") Tuple2<CommunityType, Community> typeAndCommunity) {
    assertEquals(typeAndCommunity.get1(), typeAndCommunity.get2().type());
  }

  @Property
  void aCopyEqualsTheOriginal(@ForAll Community c) {
    Community copy = Community.builder().from(c).build();
    assertEquals(c, copy);
    assertEquals(c.hashCode(), copy.hashCode());
    assertEquals(c.toString(), copy.toString());
  }

  @Property
  void everyIdThatIsNotKebabCaseIsRejected(@ForAll("notKebabCase") String id) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Fixtures.community(
                        id,
                        Steward.INDEPENDENT,
                        Fixtures.FACEBOOK,
                        Membership.OPEN,
                        Audience.PUBLIC)
                    .build());
    assertTrue(e.getMessage().startsWith("community id must be kebab-case"), e.getMessage());
    assertTrue(e.getMessage().contains("characters): " + Texts.quote(id)), e.getMessage());
  }

  @Property
  void everyKebabCaseIdIsAccepted(@ForAll("kebabCase") String id) {
    Community c =
        Fixtures.community(
                id, Steward.INDEPENDENT, Fixtures.FACEBOOK, Membership.OPEN, Audience.PUBLIC)
            .build();
    assertEquals(id, c.id());
  }

  @Provide
  Arbitrary<String> notKebabCase() {
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(20);
    Arbitrary<String> nearMisses =
        EcosystemArbitraries.ids()
            .flatMap(
                id ->
                    Arbitraries.of(
                        id.toUpperCase(java.util.Locale.ROOT) + "X",
                        "-" + id,
                        id + "-",
                        id.replace('-', '_') + "_",
                        id + "--x",
                        id + " x",
                        " " + id,
                        id + ".",
                        "a".repeat(Checks.MAX_ID_LENGTH) + "-" + id));
    return Arbitraries.oneOf(anything, nearMisses).filter(s -> !Checks.isKebabCase(s));
  }

  @Provide
  Arbitrary<String> kebabCase() {
    return EcosystemArbitraries.ids();
  }

  @Provide
  Arbitrary<Tuple2<Layer, Community>> byLayer() {
    return Arbitraries.of(Layer.class)
        .flatMap(layer -> EcosystemArbitraries.communities(layer).map(c -> Tuple.of(layer, c)));
  }

  @Provide
  Arbitrary<Tuple2<CommunityType, Community>> byType() {
    return Arbitraries.of(CommunityType.class)
        .flatMap(type -> EcosystemArbitraries.communities(type).map(c -> Tuple.of(type, c)));
  }
}
