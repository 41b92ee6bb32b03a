package io.github.dylink4j.cli.inspect;

/**
 * One import or export.
 *
 * @param module the import module ({@code env}, {@code GOT.mem}, ...), {@code null} for exports
 * @param name the import field or export name
 * @param kind function, table, memory, global or tag
 * @param type a readable type, e.g. {@code (i32, i32) -> i32} or {@code mutable i32}
 * @param value the constant a global is initialised to (a data symbol's offset), or {@code null}
 */
public record Entry(String module, String name, String kind, String type, Long value) {}
