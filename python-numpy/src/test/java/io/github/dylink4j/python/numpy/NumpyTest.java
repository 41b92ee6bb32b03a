package io.github.dylink4j.python.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dylink4j.python.Python;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * NumPy in CoWasm's CPython through the precompiled bundles (this module's test class path has no
 * compiler: a missing bundle would fail the import). Expected output is what native NumPy prints
 * (checked with NumPy 2.4 on CPython 3.11; the values are also worked out by hand in comments).
 */
class NumpyTest {
  private static final Captured out = new Captured();
  private static final Captured err = new Captured();
  private static Python py;

  @BeforeAll
  static void start() {
    py = NumpyPackage.standard().addTo(Python.builder()).stdout(out).stderr(err).build();
    py.exec("import numpy");
  }

  @AfterAll
  static void stop() {
    if (py != null) {
      py.close();
    }
  }

  @Test
  void arangeSum() {
    out.take();
    py.exec("print(numpy.arange(10).sum())");
    assertEquals("45\n", out.take()); // 0 + 1 + ... + 9
  }

  @Test
  void matrixProducts() {
    out.take();
    // [[1,2],[3,4]]^2 = [[1+6, 2+8], [3+12, 6+16]]
    py.exec("a = numpy.array([[1, 2], [3, 4]])\nprint(a @ a)");
    assertEquals("[[ 7 10]\n [15 22]]\n", out.take());
    // b @ b.T holds the dot products of b's rows: 1+4+9, 4+10+18, 7+16+27, 16+25+36, ...
    py.exec("b = numpy.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])\nprint(b @ b.T)");
    assertEquals("[[ 14  32  50]\n [ 32  77 122]\n [ 50 122 194]]\n", out.take());
  }

  @Test
  void floatArrays() {
    out.take();
    py.exec("x = numpy.linspace(0, 1, 5)\nprint(x)\nprint(x.mean())");
    assertEquals("[0.   0.25 0.5  0.75 1.  ]\n0.5\n", out.take());
    py.exec("print(numpy.sqrt(numpy.array([1.0, 4.0, 9.0])).tolist())");
    assertEquals("[1.0, 2.0, 3.0]\n", out.take());
  }

  @Test
  void linearSolveThroughLapackLite() {
    out.take();
    // 2x + y = 3, x + 3y = 5: y = 7/5, x = 4/5
    py.exec("print(numpy.linalg.solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]))");
    assertEquals("[0.8 1.4]\n", out.take());
  }

  @Test
  void numpyComesFromThePackagedFolder() {
    assertEquals("'/site-packages/numpy/__init__.pyc'", py.eval("numpy.__file__"));
  }

  @Test
  void twoInterpretersImportNumpyIndependently() {
    Captured out2 = new Captured();
    try (Python other =
        NumpyPackage.standard().addTo(Python.builder()).stdout(out2).stderr(err).build()) {
      py.exec("shared = numpy.arange(4) * 2");
      other.exec("import numpy\nprint(numpy.ones((2, 2)).sum())");
      assertEquals("4.0\n", out2.take());
      assertEquals("False", other.eval("'shared' in globals()"));
      other.exec("numpy.seterr(all='raise')");
      assertEquals("'raise'", other.eval("numpy.geterr()['divide']"));
      assertEquals("'warn'", py.eval("numpy.geterr()['divide']"));
      assertEquals("[0, 2, 4, 6]", py.eval("shared.tolist()"));
    }
  }

  /** A captured guest stream that can be read and reset. */
  static final class Captured extends ByteArrayOutputStream {
    synchronized String take() {
      String s = toString(StandardCharsets.UTF_8);
      reset();
      return s;
    }
  }
}
