#!/usr/bin/env bash
# Differential test of one RPython 3 program against CPython running it with
# the repository's rpython.rlib stand-ins: standard output and exit status
# must be equal byte for byte, and an uncaught exception's message must be
# the last line of CPython's traceback. Five runs must agree with CPython:
#   - the native executable (-O2: inlined, mallocs removed; the
#     generational collector);
#   - the native executables with the mark-sweep and the semispace
#     collectors (--gc=marksweep, --gc=semispace);
#   - the llinterpreter on the low-level graphs at -O0 (before inlining
#     and malloc removal, with stack checks), so each program also runs
#     before and after the optimising aspects;
#   - the llinterpreter after the aspects (-O2) and the exception and GC
#     transforms for the generational collector, collecting at every
#     allocation (RPY_GC_STRESS): every object moves at every allocation,
#     which finds missing roots, missing reloads and missing write barriers.
# Usage: differential.sh <program.py> <scratch-prefix> [args...]
set -u
program="$1" scratch="$2"
shift 2

PYTHONPATH="$RPY_RLIB" python3 "$program" "$@" >"$scratch.expected" 2>"$scratch.pyerr"
echo "exit status $?" >>"$scratch.expected"

# check <name>: compares $scratch.<name>.out/.err with CPython's.
check() {
  local name="$1"
  if ! diff -u "$scratch.expected" "$scratch.$name.out"; then
    echo "--- ($name) stderr:"; cat "$scratch.$name.err"
    exit 1
  fi
  if [ -s "$scratch.pyerr" ]; then
    local expected_last actual_last
    expected_last=$(tail -n 1 "$scratch.pyerr")
    actual_last=$(tail -n 1 "$scratch.$name.err")
    if [ "$expected_last" != "$actual_last" ]; then
      echo "($name) stderr's last line differs: CPython '$expected_last', rpy '$actual_last'"
      exit 1
    fi
  fi
}

rpy-translate "$program" -o "$scratch.exe" || exit 1
"$scratch.exe" "$@" >"$scratch.native.out" 2>"$scratch.native.err"
echo "exit status $?" >>"$scratch.native.out"
check native

for gc in marksweep semispace; do
  rpy-translate "$program" --gc=$gc -o "$scratch.$gc.exe" || exit 1
  "$scratch.$gc.exe" "$@" >"$scratch.$gc.out" 2>"$scratch.$gc.err"
  echo "exit status $?" >>"$scratch.$gc.out"
  check $gc
done

rpy-translate "$program" -O0 --backend=llinterp -- "$@" \
  >"$scratch.llinterp.out" 2>"$scratch.llinterp.err"
echo "exit status $?" >>"$scratch.llinterp.out"
check llinterp

rpy-translate "$program" --emit=aspects -o "$scratch.ll.mlir" || exit 1
rpy-opt "$scratch.ll.mlir" --lltype-exception-transform \
  --lltype-gc-transform=collector=generational \
  -o "$scratch.transformed.mlir" || exit 1
RPY_GC_STRESS=1 rpy-llinterp "$scratch.transformed.mlir" -- "$@" \
  >"$scratch.transformed.out" 2>"$scratch.transformed.err"
echo "exit status $?" >>"$scratch.transformed.out"
check transformed
