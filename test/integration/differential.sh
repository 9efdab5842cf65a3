#!/usr/bin/env bash
# Differential test of one RPython 3 program: translated to a native
# executable, and run by CPython with the repository's rpython.rlib
# stand-ins; standard output and exit status must be equal byte for byte.
# Usage: differential.sh <program.py> <scratch-prefix> [args...]
set -u
program="$1" scratch="$2"
shift 2
rpy-translate "$program" -o "$scratch.exe" || exit 1
"$scratch.exe" "$@" >"$scratch.out" 2>"$scratch.err"
echo "exit status $?" >>"$scratch.out"
PYTHONPATH="$RPY_RLIB" python3 "$program" "$@" >"$scratch.expected" 2>"$scratch.pyerr"
echo "exit status $?" >>"$scratch.expected"
if ! diff -u "$scratch.expected" "$scratch.out"; then
  echo "--- stderr of the translated program:"; cat "$scratch.err"
  exit 1
fi
# An uncaught exception: the last line of CPython's traceback.
if [ -s "$scratch.pyerr" ]; then
  expected_last=$(tail -n 1 "$scratch.pyerr")
  actual_last=$(tail -n 1 "$scratch.err")
  if [ "$expected_last" != "$actual_last" ]; then
    echo "stderr's last line differs: CPython '$expected_last', translated '$actual_last'"
    exit 1
  fi
fi
