package io.github.dylink4j.runtime.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  // FIPS 180-2's test vector for "abc".
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashesBytes() {
    assertEquals(ABC, ContentHash.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void aRememberedDigestIsUsedForThatArrayOnly() {
    byte[] packaged = "abc".getBytes(StandardCharsets.US_ASCII);
    String claimed = "0".repeat(64); // not the real digest, so the test sees which one is used
    ContentHash.remember(packaged, claimed);

    assertEquals(claimed, ContentHash.sha256(packaged));
    assertEquals(ABC, ContentHash.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void rejectsADigestThatIsNotLowerCaseHex() {
    byte[] bytes = {1};
    assertThrows(IllegalArgumentException.class, () -> ContentHash.remember(bytes, "ABC"));
    assertThrows(IllegalArgumentException.class, () -> ContentHash.remember(bytes, "A".repeat(64)));
    assertEquals(
        "4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a",
        ContentHash.sha256(bytes));
  }
}
