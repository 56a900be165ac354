/**
 * Implementation helpers shared between the modules of the library. Nothing here is public API:
 * it may change in any release.
 */
@NullMarked
package io.github.socialecosystem.core.internal;

import org.jspecify.annotations.NullMarked;
