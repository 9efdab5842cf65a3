/* Start-up: the C peer of startup.py. */
#include <stdio.h>

int main(void) {
  puts("ok");
  return 0;
}
