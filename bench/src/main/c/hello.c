/* Start-up: the smallest WASI command, for whole-process wall time of "dylink4j run hello.wasm". */
#include <stdio.h>

int main(void) {
  puts("hello, world");
  return 0;
}
