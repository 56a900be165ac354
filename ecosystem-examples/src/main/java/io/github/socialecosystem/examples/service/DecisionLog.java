package io.github.socialecosystem.examples.service;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The decision log: one JSON line per decision, written by a thread of its own so that deciding
 * never waits on the disk. Lines wait in a bounded queue; when it is full a line is dropped and
 * counted, never blocking a request, and the count is reported.
 */
final class DecisionLog implements AutoCloseable {
  /** How many lines may wait for the disk. */
  static final int CAPACITY = 65_536;

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Writer out;
  private final Thread writer;
  private volatile boolean closing;

  DecisionLog(Writer out) {
    this.out = out;
    this.writer = new Thread(this::drain, "decision-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues a line; drops and counts it if the queue is full. */
  void log(String line) {
    if (closing || !queue.offer(line)) {
      dropped.incrementAndGet();
    }
  }

  long written() {
    return written.get();
  }

  long dropped() {
    return dropped.get();
  }

  long failed() {
    return failed.get();
  }

  private void drain() {
    List<String> batch = new ArrayList<>();
    while (!closing || !queue.isEmpty()) {
      try {
        String first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 4_096);
        try {
          for (String line : batch) {
            out.write(line);
            out.write('\n');
          }
          out.flush();
          written.addAndGet(batch.size());
        } catch (IOException e) {
          failed.addAndGet(batch.size());
        }
        batch.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Writes what is queued, then stops. */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      out.flush();
    } catch (IOException e) {
      // counted lines were flushed or failed already
    }
  }
}
