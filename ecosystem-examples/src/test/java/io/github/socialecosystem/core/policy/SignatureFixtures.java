package io.github.socialecosystem.core.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ForwardingObject;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.socialecosystem.core.internal.Texts;
import io.github.socialecosystem.rules.internal.Tri;
import java.util.List;

/**
 * Public signatures that break ArchitectureTest's API rules on purpose, one way each. They sit in
 * an API package because those rules look at API packages only; they are test sources of
 * ecosystem-examples, never in a jar, and the real check never imports them.
 */
public final class SignatureFixtures {
  private SignatureFixtures() {}

  /** A Guava return type. */
  public static final class GuavaReturnType {
    public ImmutableList<String> names() {
      return secretNames();
    }

    // private: not API, not reported
    private static ImmutableList<String> secretNames() {
      return ImmutableList.of();
    }
  }

  /** A Guava type only as a type argument of a JDK type. */
  public static final class GuavaTypeArgument {
    public int take(List<ImmutableSet<String>> sets) {
      return sets.size();
    }
  }

  /** A public field of a Guava type. */
  public static final class GuavaField {
    public final ImmutableMap<String, String> byName = ImmutableMap.of();
  }

  /** A Guava type in a constructor. */
  public static final class GuavaConstructor {
    public GuavaConstructor(ImmutableMultimap<String, String> links) {
      requireNonNull(links);
    }
  }

  /** A record component of a Guava type. */
  public record GuavaRecord(ImmutableList<String> items) {}

  /** A Guava supertype. */
  public static final class GuavaSupertype extends ForwardingObject {
    @Override
    protected Object delegate() {
      return "delegate";
    }
  }

  /** A Guava type as the bound of a type parameter. */
  public static final class GuavaTypeBound<T extends ImmutableCollection<String>> {
    public int size(T values) {
      return values.size();
    }
  }

  /** Not API itself, but its public method is, through the public subclass below. */
  static class HiddenSuperclass {
    public ImmutableSortedSet<String> hidden() {
      return ImmutableSortedSet.of();
    }
  }

  /** Passes on a Guava type from a superclass that is not public (like Immutables' builders). */
  public static final class PublicOverHiddenSuperclass extends HiddenSuperclass {}

  /** Package-private: not API, not reported. */
  static final class NotApi {
    public ImmutableList<String> names() {
      return ImmutableList.of();
    }
  }

  /** Types of the internal packages. */
  public static final class InternalTypes {
    public Tri tri() {
      return Tri.UNKNOWN;
    }

    public String quote(Texts texts, String value) {
      requireNonNull(texts);
      return Texts.quote(value);
    }
  }

  /** Not API itself, but makes its public subclass a Guava {@code Supplier}. */
  static class HiddenGuavaImplementer implements com.google.common.base.Supplier<String> {
    @Override
    public String get() {
      return "supplied";
    }
  }

  /** A Guava interface, passed on by a superclass that is not public. */
  public static final class PublicOverHiddenGuavaInterface extends HiddenGuavaImplementer {}

  /** Not API itself, but makes its public subclass a Guava {@code ForwardingObject}. */
  abstract static class HiddenForwarding extends ForwardingObject {}

  /** A Guava superclass, passed on by a superclass that is not public. */
  public static final class PublicOverHiddenForwarding extends HiddenForwarding {
    @Override
    protected Object delegate() {
      return "delegate";
    }
  }

  /** A class others may extend, whose subclasses see its protected nested class. */
  public static class Extensible {
    protected Extensible() {}

    /** Reachable from any subclass of {@link Extensible}, so API too. */
    protected static class ProtectedNested {
      public ImmutableList<String> names() {
        return ImmutableList.of();
      }
    }
  }
}
