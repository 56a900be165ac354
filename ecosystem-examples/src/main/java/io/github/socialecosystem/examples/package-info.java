/**
 * Runnable scenarios to start with; {@link io.github.socialecosystem.examples.QuickStart} is the
 * README's quick start.
 */
@NullMarked
package io.github.socialecosystem.examples;

import org.jspecify.annotations.NullMarked;
