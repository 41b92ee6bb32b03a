package io.github.dylink4j.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets of a generic call_indirect site earn guarded arms, and when it profiles. */
class TargetProfileTest {
  private static final Object A = "a", B = "b", C = "c", D = "d", E = "e", F = "f";

  /** Counts generic calls until one is due, then records it; returns what record returned. */
  private static boolean call(TargetProfile profile, Object target, int[] calls) {
    calls[0]++;
    return profile.due() && profile.record(target);
  }

  /** Calls targets in the repeating pattern until a profile completes; returns the calls made. */
  private static int profileOnce(TargetProfile profile, Object... pattern) {
    int[] calls = {0};
    int before = profile.arms().size();
    for (int n = 0; n < 1 << 24; n++) {
      boolean relink = call(profile, pattern[n % pattern.length], calls);
      if (relink || calls[0] > TargetProfile.GENERIC_CALLS_BEFORE_PROFILE << 8) {
        assertTrue(profile.arms().size() > before);
        return calls[0];
      }
    }
    throw new AssertionError("no profile completed");
  }

  @Test
  void dominantTargetEarnsAnArmAfterTheFirstPause() {
    TargetProfile profile = new TargetProfile();
    Object[] pattern = {A, A, A, A, A, A, A, A, A, B, C, D, E, F}; // A 9/14, the others 1/14 each
    int calls = profileOnce(profile, pattern);
    assertEquals(TargetProfile.GENERIC_CALLS_BEFORE_PROFILE + TargetProfile.SAMPLES + 1, calls);
    assertEquals(List.of(A), profile.arms());
  }

  @Test
  void evenlySpreadTargetsEarnNothing() {
    TargetProfile profile = new TargetProfile();
    Object[] nine = {A, B, C, D, E, F, "g", "h", "i"}; // each 1/9, below 1/MIN_SHARE = 1/8
    for (int n = 0; n < 4 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE; n++) {
      assertFalse(profile.due() && profile.record(nine[n % nine.length]));
    }
    assertEquals(List.of(), profile.arms());
  }

  @Test
  void armsAreHottestFirstAndCapped() {
    TargetProfile profile = new TargetProfile();
    // B 4/15, A 3/15, C D E F 2/15 each: all at least 1/8, but only MAX_ARMS earn arms.
    profileOnce(profile, B, B, B, B, A, A, A, C, D, E, F, C, D, E, F);
    List<Object> arms = profile.arms();
    assertEquals(TargetProfile.MAX_ARMS, arms.size());
    assertEquals(List.of(B, A), arms.subList(0, 2));
    // Capped: no further profile is ever due.
    for (int n = 0; n < 4 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE; n++) {
      assertFalse(profile.due());
    }
  }

  @Test
  void laterProfilesAddArmsAfterLongerPauses() {
    TargetProfile profile = new TargetProfile();
    profileOnce(profile, A);
    assertEquals(List.of(A), profile.arms());
    // The misses now go to B: the next profile comes after twice the pause.
    int calls = profileOnce(profile, B);
    assertEquals(2 * TargetProfile.GENERIC_CALLS_BEFORE_PROFILE + TargetProfile.SAMPLES + 1, calls);
    assertEquals(List.of(A, B), profile.arms());
  }
}
