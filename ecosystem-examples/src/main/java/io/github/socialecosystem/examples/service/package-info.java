/**
 * The decision service, {@link io.github.socialecosystem.examples.service.DecisionService}: the
 * engine over HTTP with JSON, with hot reload of its files and a decision log.
 */
@NullMarked
package io.github.socialecosystem.examples.service;

import org.jspecify.annotations.NullMarked;
