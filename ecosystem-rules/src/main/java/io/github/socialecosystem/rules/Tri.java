package io.github.socialecosystem.rules;

/** Three-valued truth, for evaluating a condition when some attributes are not yet known. */
enum Tri {
  FALSE,
  UNKNOWN,
  TRUE;

  static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  Tri not() {
    return switch (this) {
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
      case TRUE -> FALSE;
    };
  }
}
