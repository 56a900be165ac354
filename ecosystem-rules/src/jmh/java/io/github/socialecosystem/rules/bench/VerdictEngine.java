package io.github.socialecosystem.rules.bench;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Verdict;

/** An engine that gives the verdict of one policy, for comparison and agreement checks. */
interface VerdictEngine {
  /** A short name for tables. */
  String name();

  /**
   * The verdict for {@code action} in {@code community}.
   *
   * @param over whether promotion is over the policy's balance limit in the community
   */
  Verdict verdict(Community community, EngagementAction action, boolean over);
}
