package io.github.socialecosystem.core.policy;

import com.google.common.collect.ImmutableList;
import io.github.socialecosystem.core.Audience;
import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.CommunityType;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.Format;
import io.github.socialecosystem.core.Intent;
import io.github.socialecosystem.core.Layer;
import io.github.socialecosystem.core.Membership;
import io.github.socialecosystem.core.PlatformKind;
import io.github.socialecosystem.core.Reach;
import io.github.socialecosystem.core.Steward;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Condition} can look at: an attribute of the community or of the action.
 *
 * <p>Closed attributes take the names of an enum's constants ({@code PROMOTE}); open ones
 * ({@link #TOPIC}, {@link #ACTION}) take kebab-case ids.
 *
 * @since 0.1.0
 */
public enum Attribute {
  /** The community's {@link CommunityType}. */
  TYPE("type", CommunityType.class),
  /** The community's {@link Layer}. */
  LAYER("layer", Layer.class),
  /** The community's {@link Steward}. */
  STEWARD("steward", Steward.class),
  /** The kind of the community's platform, a {@link PlatformKind}. */
  PLATFORM("platform", PlatformKind.class),
  /** The community's {@link Membership}. */
  MEMBERSHIP("membership", Membership.class),
  /** The community's {@link Audience}. */
  AUDIENCE("audience", Audience.class),
  /** One of the community's topics; matches when the community has any of the values. */
  TOPIC("topic", null),
  /** The action's id. */
  ACTION("action", null),
  /** The action's {@link Intent}. */
  INTENT("intent", Intent.class),
  /** The action's {@link Format}. */
  FORMAT("format", Format.class),
  /** The action's {@link Reach}. */
  REACH("reach", Reach.class);

  private final String keyword;
  private final @Nullable Class<? extends Enum<?>> enumType;
  private final ImmutableList<String> domain;

  Attribute(String keyword, @Nullable Class<? extends Enum<?>> enumType) {
    this.keyword = keyword;
    this.enumType = enumType;
    ImmutableList.Builder<String> names = ImmutableList.builder();
    if (enumType != null) {
      for (Enum<?> constant : enumType.getEnumConstants()) {
        names.add(constant.name());
      }
    }
    this.domain = names.build();
  }

  /** The word used for this attribute when a condition is printed, e.g. {@code intent}. */
  public String keyword() {
    return keyword;
  }

  /** Whether the values are open-ended ids rather than the constants of an enum. */
  public boolean isOpen() {
    return enumType == null;
  }

  /** Whether the attribute describes the community (rather than the action). */
  public boolean describesCommunity() {
    return compareTo(ACTION) < 0;
  }

  /** The enum whose constants are the values, if the attribute is closed. */
  public Optional<Class<? extends Enum<?>>> enumType() {
    return Optional.ofNullable(enumType);
  }

  /** Every value of a closed attribute, in declaration order; empty for an open one. */
  public List<String> domain() {
    return domain;
  }

  /** The attribute printed with {@code keyword}, if there is one. */
  public static Optional<Attribute> byKeyword(String keyword) {
    for (Attribute attribute : values()) {
      if (attribute.keyword.equals(keyword)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  /** Whether the community and action have one of {@code values} for this attribute. */
  boolean matches(Set<String> values, Community community, EngagementAction action) {
    return switch (this) {
      case TYPE -> values.contains(community.type().name());
      case LAYER -> values.contains(community.layer().name());
      case STEWARD -> values.contains(community.steward().name());
      case PLATFORM -> values.contains(community.platform().kind().name());
      case MEMBERSHIP -> values.contains(community.membership().name());
      case AUDIENCE -> values.contains(community.audience().name());
      case TOPIC -> containsAny(community.topics(), values);
      case ACTION -> values.contains(action.id());
      case INTENT -> values.contains(action.intent().name());
      case FORMAT -> values.contains(action.format().name());
      case REACH -> values.contains(action.reach().name());
    };
  }

  private static boolean containsAny(Set<String> topics, Set<String> values) {
    for (String topic : topics) {
      if (values.contains(topic)) {
        return true;
      }
    }
    return false;
  }
}
