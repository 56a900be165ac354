package io.github.socialecosystem.core.testing;

import io.github.socialecosystem.core.Community;
import io.github.socialecosystem.core.Ecosystem;
import io.github.socialecosystem.core.EngagementAction;
import io.github.socialecosystem.core.policy.EngagementContext;
import io.github.socialecosystem.core.policy.EngagementPolicy;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets {@code @ForAll} parameters of the domain types work without {@code @Provide} methods.
 *
 * <p>Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik
 * finds it on the test classpath.
 *
 * @since 0.1.0
 */
public final class EcosystemArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      Map.of(
          Community.class, EcosystemArbitraries::communities,
          Ecosystem.class, EcosystemArbitraries::ecosystems,
          EngagementAction.class, EcosystemArbitraries::actions,
          EngagementContext.class, EcosystemArbitraries::contexts,
          EngagementPolicy.class, EcosystemArbitraries::policies);

  /** Creates the provider; jqwik does this through the service loader. */
  public EcosystemArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(entry -> targetType.isOfType(entry.getKey()))
        .map(entry -> entry.getValue().get())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
