#!/usr/bin/env bash
# The example interpreters measured in one run on this machine: translation
# time and binary size, then each sample program's run time translated, in
# the llinterpreter, and on CPython (with the rpython.rlib stand-ins).
# Usage: bench/examples.sh   (after scripts/build); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps --bench
bin=build/bin
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

source bench/common.sh
# To the hundredth of a second.
seconds2() { printf '%.2f' "$(seconds "$@")"; }

echo "| interpreter | translation | binary | sample | native | llinterp | CPython $(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])') |"
echo "|---|---|---|---|---|---|---|"
for example in bf/bf.py:hello.b,squares.b stack/stack.py:fib.stk,loop.stk; do
  source=examples/${example%%:*}
  samples=${example#*:}
  name=$(basename "$source" .py)
  translation=$(seconds2 "$bin/rpy-translate" "$source" -o "$out/$name")
  size=$(( $(stat -c %s "$out/$name") / 1024 ))
  first=1
  for sample in ${samples//,/ }; do
    program=$(dirname "$source")/$sample
    native=$(seconds2 "$out/$name" "$program")
    llinterp=$(seconds2 "$bin/rpy-translate" "$source" --backend=llinterp -- "$program")
    cpython=$(PYTHONPATH=runtime/python seconds2 python3 "$source" "$program")
    if [ $first = 1 ]; then
      echo "| \`$source\` | ${translation} s | ${size} KB | \`$sample\` | ${native} s | ${llinterp} s | ${cpython} s |"
      first=0
    else
      echo "| | | | \`$sample\` | ${native} s | ${llinterp} s | ${cpython} s |"
    fi
  done
done
