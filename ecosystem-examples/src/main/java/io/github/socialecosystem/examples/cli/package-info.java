/**
 * The command-line tool, {@link io.github.socialecosystem.examples.cli.SocialEcosystemCli}: one
 * executable jar that assesses ecosystem files and decides, checks, compares, explains and formats
 * policies, as text or JSON.
 */
@NullMarked
package io.github.socialecosystem.examples.cli;

import org.jspecify.annotations.NullMarked;
