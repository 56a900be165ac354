package io.github.socialecosystem.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What every community of an ecosystem reaches along channels, worked out for all of them at once
 * in time proportional to the number of communities plus the number of channels.
 *
 * <p>Communities are numbered in the order they were added; channels are held as arrays of
 * numbers, outgoing and incoming. Nothing here recurses, so any depth of chain is fine. The
 * arrays are filled in the constructor and never written again.
 */
final class Reachability {
  private static final int NONE = -1;

  private final ImmutableMap<String, Integer> index;
  private final boolean[] reachesDestination;
  private final boolean[] destination;
  private final boolean[] isolated;
  private final ImmutableList<Community> destinations;

  Reachability(List<Community> communities, Set<Channel> channels) {
    int n = communities.size();
    ImmutableMap.Builder<String, Integer> ids = ImmutableMap.builderWithExpectedSize(n);
    boolean[] owned = new boolean[n];
    for (int i = 0; i < n; i++) {
      Community community = communities.get(i);
      ids.put(community.id(), i);
      owned[i] = community.layer() == Layer.OWNED;
    }
    index = ids.buildOrThrow();

    int m = channels.size();
    int[] from = new int[m];
    int[] to = new int[m];
    int c = 0;
    for (Channel channel : channels) {
      from[c] = number(channel.from());
      to[c] = number(channel.to());
      c++;
    }
    Adjacency out = new Adjacency(n, from, to);
    Adjacency in = new Adjacency(n, to, from);

    reachesDestination = reachesAnotherOwned(n, owned, in);
    destination = ownedReachedFromOuter(n, owned, out);
    isolated = new boolean[n];
    ImmutableList.Builder<Community> reached = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      isolated[i] = out.degree(i) == 0 && in.degree(i) == 0;
      if (destination[i]) {
        reached.add(communities.get(i));
      }
    }
    destinations = reached.build();
  }

  boolean reachesDestination(String id) {
    return reachesDestination[number(id)];
  }

  boolean isDestination(String id) {
    return destination[number(id)];
  }

  boolean isIsolated(String id) {
    return isolated[number(id)];
  }

  ImmutableList<Community> destinations() {
    return destinations;
  }

  private int number(String id) {
    Integer number = index.get(id);
    if (number == null) {
      throw new IllegalArgumentException("no community with id '" + id + "' in this ecosystem");
    }
    return number;
  }

  /**
   * For each community, whether one or more channels lead from it to an owned community other
   * than itself.
   *
   * <p>One search backwards along channels, starting from every owned community at once. Each
   * community remembers up to two owned communities it is known to reach: an owned community on a
   * cycle back to itself reaches a destination only if it also reaches a second one, and two
   * labels are enough to tell (a community that reaches two owned communities always ends up
   * with two labels). So each community is taken from the queue at most twice, and each channel
   * looked at at most twice.
   */
  private static boolean[] reachesAnotherOwned(int n, boolean[] owned, Adjacency in) {
    int[] first = new int[n];
    int[] second = new int[n];
    Arrays.fill(first, NONE);
    Arrays.fill(second, NONE);
    int[] queueNode = new int[2 * n];
    int[] queueLabel = new int[2 * n];
    int tail = 0;
    for (int o = 0; o < n; o++) {
      if (owned[o]) {
        for (int e = in.start(o); e < in.end(o); e++) {
          tail = offer(in.target(e), o, first, second, queueNode, queueLabel, tail);
        }
      }
    }
    for (int head = 0; head < tail; head++) {
      int node = queueNode[head];
      int label = queueLabel[head];
      for (int e = in.start(node); e < in.end(node); e++) {
        tail = offer(in.target(e), label, first, second, queueNode, queueLabel, tail);
      }
    }
    boolean[] reaches = new boolean[n];
    for (int i = 0; i < n; i++) {
      reaches[i] = second[i] != NONE || (first[i] != NONE && first[i] != i);
    }
    return reaches;
  }

  /** Records that {@code node} reaches the owned community {@code label}, if that is news. */
  private static int offer(
      int node, int label, int[] first, int[] second, int[] queueNode, int[] queueLabel, int tail) {
    if (first[node] == NONE) {
      first[node] = label;
    } else if (second[node] == NONE && first[node] != label) {
      second[node] = label;
    } else {
      return tail;
    }
    queueNode[tail] = node;
    queueLabel[tail] = label;
    return tail + 1;
  }

  /**
   * For each community, whether it is owned and some outer community leads to it along one or
   * more channels: one search forward from every outer community at once.
   */
  private static boolean[] ownedReachedFromOuter(int n, boolean[] owned, Adjacency out) {
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (!owned[i]) {
        seen[i] = true;
        queue[tail++] = i;
      }
    }
    boolean[] reached = new boolean[n];
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int e = out.start(node); e < out.end(node); e++) {
        int next = out.target(e);
        if (!seen[next]) {
          seen[next] = true;
          reached[next] = owned[next];
          queue[tail++] = next;
        }
      }
    }
    return reached;
  }

  /**
   * Channels grouped by one end: the other ends of the channels at community {@code i} are
   * {@code targets[offsets[i]]} up to {@code targets[offsets[i + 1]]}, in the order the channels
   * were added.
   */
  private static final class Adjacency {
    private final int[] offsets;
    private final int[] targets;

    Adjacency(int n, int[] ends, int[] others) {
      offsets = new int[n + 1];
      for (int end : ends) {
        offsets[end + 1]++;
      }
      for (int i = 0; i < n; i++) {
        offsets[i + 1] += offsets[i];
      }
      targets = new int[ends.length];
      int[] next = Arrays.copyOf(offsets, n);
      for (int c = 0; c < ends.length; c++) {
        targets[next[ends[c]]++] = others[c];
      }
    }

    int start(int node) {
      return offsets[node];
    }

    int end(int node) {
      return offsets[node + 1];
    }

    int target(int edge) {
      return targets[edge];
    }

    int degree(int node) {
      return offsets[node + 1] - offsets[node];
    }
  }
}
