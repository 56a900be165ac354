package io.github.socialecosystem.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.StandardActions;
import org.junit.jupiter.api.Test;

class CatalogTest {
  @Test
  void anEqualActionIsTheStandardOneAndAnyOtherTraitMakesItCustom() {
    int video = StandardActions.all().indexOf(StandardActions.SHARE_VIDEO);
    assertEquals(video, Catalog.indexOf(StandardActions.SHARE_VIDEO));
    assertEquals(
        video,
        Catalog.indexOf(EngagementAction.of("share-video", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY)));
    assertEquals(
        -1, Catalog.indexOf(EngagementAction.of("share-video", Intent.CONVERSE, Format.VIDEO, Reach.ONE_TO_MANY)));
    assertEquals(
        -1, Catalog.indexOf(EngagementAction.of("share-video", Intent.PROMOTE, Format.OFFER, Reach.ONE_TO_MANY)));
    assertEquals(
        -1, Catalog.indexOf(EngagementAction.of("share-video", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_ONE)));
    assertEquals(
        -1, Catalog.indexOf(EngagementAction.of("post-job-opening", Intent.PROMOTE, Format.VIDEO, Reach.ONE_TO_MANY)));
  }
}
