# __dylink4j_stack_pointer(): the program's C stack pointer. Its body is exactly
# `global.get __stack_pointer; end`, so dylink4j reads the global's index from it and exports that
# global to side modules: one C stack for the program and every library, as the dylink ABI wants.
# (wasm-ld keeps the linker-made __stack_pointer hidden: an object file cannot export it, only an
# -Wl,--export=__stack_pointer flag on the user's link line can.)
.globaltype __stack_pointer, i32
.section .text.__dylink4j_stack_pointer,"",@
.globl __dylink4j_stack_pointer
.type __dylink4j_stack_pointer,@function
.export_name __dylink4j_stack_pointer, __dylink4j_stack_pointer
__dylink4j_stack_pointer:
  .functype __dylink4j_stack_pointer () -> (i32)
  global.get __stack_pointer
  end_function
