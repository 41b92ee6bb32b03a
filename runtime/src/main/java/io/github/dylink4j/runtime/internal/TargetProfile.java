package io.github.dylink4j.runtime.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What a generic {@code call_indirect} site calls most: after {@value
 * #GENERIC_CALLS_BEFORE_PROFILE} generic calls it records the next {@value #SAMPLES} targets, and
 * every function that made at least 1/{@value #MIN_SHARE} of them earns a guarded arm, put first;
 * at most {@value #MAX_ARMS} arms are kept, the oldest dropped. A program's start-up calls other
 * functions than its steady state (CPython's {@code tp_dealloc} sites first meet dozens of types),
 * so profiles are spaced in time, not only in calls: each waits at least twice as long as the one
 * before, from {@value #FIRST_PAUSE_MILLIS} ms, and arms chosen during start-up give way to later
 * ones. Each change of arms costs a re-link, which deoptimises the site's compiled callers, so a
 * site is profiled {@value #MAX_PROFILES} times at most. Not thread-safe: {@link #record} runs
 * under the site's lock; {@link #due} may race, which only shifts when a sample is taken.
 */
final class TargetProfile {
  /** Guarded arms a profiled site may have in front of its generic path. */
  static final int MAX_ARMS = 4;

  /** Generic calls before a profile may start. */
  static final int GENERIC_CALLS_BEFORE_PROFILE = 1 << 13;

  /** Targets recorded per profile. */
  static final int SAMPLES = 256;

  /** A function earns an arm when it made at least 1/MIN_SHARE of a profile's samples. */
  static final int MIN_SHARE = 8;

  /** Profiles per site; after that the site stays as it is. */
  static final int MAX_PROFILES = 6;

  /** The least time between the first profile and the second; doubled for each later one. */
  static final long FIRST_PAUSE_MILLIS = 250;

  private final LongSupplier nanoClock;

  /** Allocated when a profile starts (most sites never turn generic), dropped when it ends. */
  private Object[] samples;

  /** Newest first: the order of the guards in front of the generic path. */
  private final List<Object> arms = new ArrayList<>();

  private int sampled;
  private int countdown = GENERIC_CALLS_BEFORE_PROFILE;
  private int profiles;
  private long notBefore;

  TargetProfile() {
    this(System::nanoTime);
  }

  TargetProfile(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.notBefore = nanoClock.getAsLong();
  }

  /** Counts one generic call; true when its target should be {@link #record}ed. */
  boolean due() {
    return --countdown < 0;
  }

  /**
   * Records the target of a generic call; when that completes a profile, updates the arms.
   *
   * @return whether {@link #arms} changed (the site must re-link)
   */
  boolean record(Object function) {
    if (samples == null) {
      if (nanoClock.getAsLong() - notBefore < 0) {
        countdown = GENERIC_CALLS_BEFORE_PROFILE; // too soon after the last profile
        return false;
      }
      samples = new Object[SAMPLES];
    }
    if (sampled < SAMPLES) {
      samples[sampled++] = function;
      return false;
    }
    Map<Object, Integer> counts = new IdentityHashMap<>();
    for (Object f : samples) {
      counts.merge(f, 1, Integer::sum);
    }
    List<Map.Entry<Object, Integer>> frequent = new ArrayList<>(counts.entrySet());
    frequent.removeIf(e -> e.getValue() * MIN_SHARE < SAMPLES || arms.contains(e.getKey()));
    frequent.sort((a, b) -> b.getValue() - a.getValue());
    List<Object> earned = new ArrayList<>();
    for (Map.Entry<Object, Integer> e : frequent) {
      earned.add(e.getKey());
    }
    arms.addAll(0, earned.subList(0, Math.min(earned.size(), MAX_ARMS)));
    while (arms.size() > MAX_ARMS) {
      arms.remove(arms.size() - 1);
    }
    notBefore = nanoClock.getAsLong() + (FIRST_PAUSE_MILLIS * 1_000_000L << profiles);
    profiles++;
    countdown = profiles >= MAX_PROFILES ? Integer.MAX_VALUE : GENERIC_CALLS_BEFORE_PROFILE;
    samples = null;
    sampled = 0;
    return !earned.isEmpty();
  }

  /** The functions that have an arm, in the order of their guards (newest first). */
  List<Object> arms() {
    return List.copyOf(arms);
  }
}
