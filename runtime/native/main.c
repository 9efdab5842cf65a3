/*===- main.c - The program's main ----------------------------------------===*
 *
 * Alone in its object file: a program that defines its own main (a unit
 * test) does not pull this one from the archive.
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_runtime.h"

int main(int argc, char **argv) {
  rpy_gc_init();
  rpy_stack_init(__builtin_frame_address(0));
  return rpy_finish(rpy_entry(rpy_make_argv(argc, argv)));
}
