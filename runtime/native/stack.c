/*===- stack.c - The limits of the stack check ----------------------------===*
 *
 * lltype.stack_too_deep compares the stack pointer with rpy_stack_limit
 * and the shadow stack's top with rpy_shadowstack_softlimit. Both start
 * where no check fires (a program run by the llinterpreter, or a unit
 * test, never calls rpy_stack_init).
 *
 *===----------------------------------------------------------------------===*/

#include "runtime/native/rpy_runtime.h"

#include <stdint.h>
#include <sys/resource.h>

char *rpy_stack_limit;
void **rpy_shadowstack_softlimit = (void **)UINTPTR_MAX;

void rpy_stack_init(void *base) {
  size_t size = RPY_STACK_DEFAULT_SIZE;
  struct rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
    size = (size_t)limit.rlim_cur;
  if (size > RPY_STACK_MAX_SIZE)
    size = RPY_STACK_MAX_SIZE;
  size_t margin = RPY_STACK_MARGIN < size / 2 ? RPY_STACK_MARGIN : size / 2;
  rpy_stack_limit = (char *)base - (size - margin);
}
