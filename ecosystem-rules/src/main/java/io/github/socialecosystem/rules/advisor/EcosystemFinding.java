package io.github.socialecosystem.rules.advisor;

import static java.util.Objects.requireNonNull;

import io.github.socialecosystem.core.internal.Checks;
import java.util.List;

/**
 * One observation about an ecosystem.
 *
 * @param code what kind of observation it is; stable across releases
 * @param severity how much it matters
 * @param message what was found, for a person
 * @param communityIds the communities concerned, possibly none
 *
 * @since 0.1.0
 */
public record EcosystemFinding(
    Code code, Severity severity, String message, List<String> communityIds) {

  /** Checks and copies the fields. */
  public EcosystemFinding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    Checks.nonBlank("finding message", message);
    communityIds = Checks.ids("finding communityIds", communityIds);
  }

  /** How much a finding matters, most severe first. */
  public enum Severity {
    /** The ecosystem cannot work as intended until this is fixed. */
    CRITICAL,
    /** A gap in the strategy worth closing. */
    WARNING,
    /** Worth knowing; not necessarily a problem. */
    INFO
  }

  /** The kinds of findings. Codes are stable: tools may match on them. */
  public enum Code {
    /** The organisation owns no community: there is no destination to draw people to. */
    NO_DESTINATION,
    /** An outer layer (participating or managed) has no community: no strategy for it. */
    MISSING_LAYER,
    /** An outer community has no path along channels to an owned community. */
    NO_PATH_TO_DESTINATION,
    /** A channel leads from an inner layer to an outer one. */
    OUTWARD_CHANNEL,
    /** Most known members are in communities whose data the organisation does not own. */
    DATA_MOSTLY_NOT_OWNED
  }
}
