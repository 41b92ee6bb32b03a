package io.github.dylink4j.python;

import io.github.dylink4j.wasi.WasiOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Everything one interpreter is started with, resolved by {@link Python.Builder}; {@code
 * workingDirectory} is a guest path, or null for wasi-libc's default {@code /}.
 */
record PythonConfig(
    byte[] kernelWasm,
    byte[] pythonWasm,
    InputStream stdin,
    OutputStream stdout,
    OutputStream stderr,
    Map<String, String> environment,
    List<WasiOptions.Preopen> preopens,
    boolean noSite,
    long stackBytes,
    String workingDirectory) {}
