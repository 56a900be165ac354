/**
 * The library's results as JSON documents with a versioned, documented shape: {@link
 * io.github.socialecosystem.examples.json.JsonShapes}.
 */
@NullMarked
package io.github.socialecosystem.examples.json;

import org.jspecify.annotations.NullMarked;
