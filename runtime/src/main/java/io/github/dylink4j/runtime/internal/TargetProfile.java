package io.github.dylink4j.runtime.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generic {@code call_indirect} site calls most: after {@value
 * #GENERIC_CALLS_BEFORE_PROFILE} generic calls it records the next {@value #SAMPLES} targets, and
 * every function that made at least 1/{@value #MIN_SHARE} of them earns a guarded arm (at most
 * {@value #MAX_ARMS} in all, hottest first). Each new arm costs a re-link, which deoptimises the
 * site's compiled callers, so a site is profiled {@value #MAX_PROFILES} times at most, each pause
 * twice as long as the one before. Not thread-safe: {@link #record} runs under the site's lock;
 * {@link #due} may race, which only shifts when a sample is taken.
 */
final class TargetProfile {
  /** Guarded arms a profiled site may have in front of its generic path. */
  static final int MAX_ARMS = 4;

  /** Generic calls before the first profile; doubled after each profile. */
  static final int GENERIC_CALLS_BEFORE_PROFILE = 1 << 13;

  /** Targets recorded per profile. */
  static final int SAMPLES = 256;

  /** A function earns an arm when it made at least 1/MIN_SHARE of a profile's samples. */
  static final int MIN_SHARE = 8;

  /** Profiles per site; after that the site stays as it is. */
  static final int MAX_PROFILES = 6;

  /** Allocated when a profile starts (most sites never turn generic), dropped when it ends. */
  private Object[] samples;

  private final List<Object> arms = new ArrayList<>();
  private int sampled;
  private int countdown = GENERIC_CALLS_BEFORE_PROFILE;
  private int profiles;

  /** Counts one generic call; true when its target should be {@link #record}ed. */
  boolean due() {
    return --countdown < 0;
  }

  /**
   * Records the target of a generic call; when that completes a profile, adds the arms it earned.
   *
   * @return whether {@link #arms} changed (the site must re-link)
   */
  boolean record(Object function) {
    if (samples == null) {
      samples = new Object[SAMPLES];
    }
    if (sampled < SAMPLES) {
      samples[sampled++] = function;
      return false;
    }
    int before = arms.size();
    Map<Object, Integer> counts = new IdentityHashMap<>();
    for (Object f : samples) {
      counts.merge(f, 1, Integer::sum);
    }
    List<Map.Entry<Object, Integer>> frequent = new ArrayList<>(counts.entrySet());
    frequent.removeIf(e -> e.getValue() * MIN_SHARE < SAMPLES || arms.contains(e.getKey()));
    frequent.sort((a, b) -> b.getValue() - a.getValue());
    for (Map.Entry<Object, Integer> e : frequent) {
      if (arms.size() < MAX_ARMS) {
        arms.add(e.getKey());
      }
    }
    profiles++;
    boolean done = profiles >= MAX_PROFILES || arms.size() >= MAX_ARMS;
    countdown = done ? Integer.MAX_VALUE : GENERIC_CALLS_BEFORE_PROFILE << profiles;
    samples = null;
    sampled = 0;
    return arms.size() > before;
  }

  /** The functions that earned an arm, hottest first. */
  List<Object> arms() {
    return List.copyOf(arms);
  }
}
