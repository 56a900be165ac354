package io.github.socialecosystem.examples.service;

/** A request the service refuses with a 4xx status and a JSON error naming the field and value. */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  BadRequest(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  static BadRequest of(String field, String message) {
    return new BadRequest(400, field, message);
  }

  int status() {
    return status;
  }

  String field() {
    return field;
  }
}
