package io.github.dylink4j.cli.inspect;

import java.util.List;

/**
 * Imports or exports of one kind.
 *
 * @param key a stable identifier for JSON consumers, e.g. {@code env-functions}
 * @param title what a person reads, e.g. {@code env functions}
 */
public record EntryGroup(String key, String title, List<Entry> entries) {
  public EntryGroup {
    entries = List.copyOf(entries);
  }

  public int count() {
    return entries.size();
  }
}
