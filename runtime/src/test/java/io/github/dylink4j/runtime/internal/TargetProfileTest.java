package io.github.dylink4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets of a generic call_indirect site earn guarded arms, and when it profiles. */
class TargetProfileTest {
  private static final Object A = "a", B = "b", C = "c", D = "d", E = "e", F = "f";
  private static final long MS = 1_000_000L;

  /** A clock the test moves by hand. */
  private long now;

  private final TargetProfile profile = new TargetProfile(() -> now);

  /** Makes generic calls in the repeating pattern until the arms change; returns the calls. */
  private int callsUntilRelink(Object... pattern) {
    for (int n = 0; n < 1 << 20; n++) {
      if (profile.due() && profile.record(pattern[n % pattern.length])) {
        return n + 1;
      }
    }
    throw new AssertionError("the arms never changed");
  }

  /** Makes that many generic calls; asserts that the arms never change. */
  private void callsWithoutRelink(int calls, Object... pattern) {
    for (int n = 0; n < calls; n++) {
      assertFalse(profile.due() && profile.record(pattern[n % pattern.length]), "call " + n);
    }
  }

  @Test
  void dominantTargetEarnsAnArmAfterTheFirstPause() {
    int calls = callsUntilRelink(A, A, A, A, A, A, A, A, A, B, C, D, E, F); // A 9/14, others 1/14
    assertEquals(TargetProfile.GENERIC_CALLS_BEFORE_PROFILE + TargetProfile.SAMPLES + 1, calls);
    assertEquals(List.of(A), profile.arms());
  }

  @Test
  void evenlySpreadTargetsEarnNothing() {
    // Each 1/9 of the calls, below 1/MIN_SHARE = 1/8.
    callsWithoutRelink(
        4 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE, A, B, C, D, E, F, "g", "h", "i");
    assertEquals(List.of(), profile.arms());
  }

  @Test
  void armsAreHottestFirstAndCapped() {
    // B 4/15, A 3/15, C D E F 2/15 each: all at least 1/8, but only MAX_ARMS earn arms.
    callsUntilRelink(B, B, B, B, A, A, A, C, D, E, F, C, D, E, F);
    List<Object> arms = profile.arms();
    assertEquals(TargetProfile.MAX_ARMS, arms.size());
    assertEquals(List.of(B, A), arms.subList(0, 2));
  }

  @Test
  void laterProfilesWaitLongerAndNewArmsPushOutOldOnes() {
    callsUntilRelink(A, B, C, D); // start-up: four targets, a quarter each
    assertEquals(4, profile.arms().size());
    // The steady state calls E: no profile until the first pause has passed.
    callsWithoutRelink(8 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE, E);
    now += TargetProfile.FIRST_PAUSE_MILLIS * MS;
    callsUntilRelink(E);
    assertEquals(E, profile.arms().get(0));
    assertEquals(TargetProfile.MAX_ARMS, profile.arms().size());
    // The pause doubles: half of it is not enough for F.
    now += TargetProfile.FIRST_PAUSE_MILLIS * MS;
    callsWithoutRelink(8 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE, F);
    now += TargetProfile.FIRST_PAUSE_MILLIS * MS;
    callsUntilRelink(F);
    assertEquals(List.of(F, E), profile.arms().subList(0, 2));
  }

  @Test
  void profilesStopAfterTheLast() {
    Object[] targets = {A, B, C, D, E, F};
    for (int p = 0; p < TargetProfile.MAX_PROFILES; p++) {
      callsUntilRelink(targets[p]);
      now += (TargetProfile.FIRST_PAUSE_MILLIS * MS) << p;
    }
    now += 1_000_000 * MS;
    callsWithoutRelink(16 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE, "g");
  }
}
