package io.github.socialecosystem.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated classes stay package-private and hidden
 * behind the abstract value type's own {@code builder()} and {@code of(...)} methods.
 *
 * <p>Generated code uses only JDK collections ({@code jdkOnly}), so that a null anywhere in a
 * builder is refused with a message naming the field ({@code "topics element"}); values hold
 * unmodifiable JDK lists, sets and maps, and public signatures never name Guava types.
 *
 * <p>Not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    typeImmutable = "Immutable*",
    depluralize = true,
    jdkOnly = true)
public @interface ValueStyle {}
