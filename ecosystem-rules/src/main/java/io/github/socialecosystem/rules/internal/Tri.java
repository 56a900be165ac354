package io.github.socialecosystem.rules.internal;

/** Three-valued truth, for evaluating a condition when some attributes are not yet known. */
public enum Tri {
  FALSE,
  UNKNOWN,
  TRUE;

  public static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Tri not() {
    return switch (this) {
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
      case TRUE -> FALSE;
    };
  }
}
