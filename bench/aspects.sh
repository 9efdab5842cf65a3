#!/usr/bin/env bash
# The translation aspects' cost or gain, measured in one run on this
# machine: each program translated with and without an aspect, the two
# executables run alternately (so drift hits both alike), the median of
# the runs reported with the ratio.
# Usage: bench/aspects.sh [runs]   (after scripts/build; default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps --bench
runs=${1:-5}
bin=build/bin
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

source bench/common.sh

# aspect <flag> <label>: one table of every program with and without it.
aspect() {
  local flag=$1 label=$2
  echo "| program | $label on | $label off | on / off |"
  echo "|---|---|---|---|"
  for entry in bench/programs/fib.py: bench/programs/vectors.py: \
               examples/stack/stack.py:examples/stack/fib.stk \
               examples/stack/stack.py:examples/stack/loop.stk \
               examples/bf/bf.py:examples/bf/squares.b; do
    local source=${entry%%:*} arg=${entry#*:}
    local name
    name=$(basename "$source" .py)
    "$bin/rpy-translate" "$source" -o "$out/$name.on"
    "$bin/rpy-translate" "$source" "$flag=false" -o "$out/$name.off"
    : >"$out/on.times"; : >"$out/off.times"
    for _ in $(seq "$runs"); do
      seconds "$out/$name.on" $arg >>"$out/on.times"
      seconds "$out/$name.off" $arg >>"$out/off.times"
    done
    local on off
    on=$(median <"$out/on.times")
    off=$(median <"$out/off.times")
    echo "| \`$source${arg:+ $(basename "$arg")}\` | $on s | $off s | $(echo "scale=3; $on / $off" | bc) |"
  done
}

aspect --inline "inlining"
echo
aspect --malloc-removal "malloc removal"
echo
aspect --stack-check "stack check"
