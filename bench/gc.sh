#!/usr/bin/env bash
# GC throughput, measured in one run on this machine: binary-trees
# translated with each collector, against the same program in C with
# malloc/free (-O2), CPython and PyPy (Debian's pypy3, JIT on). Runs
# alternate between contenders; the median of the runs and the peak RSS
# of the last are reported, with the ratio to C.
# Usage: bench/gc.sh [depth] [runs]   (after scripts/build; default 16, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps --bench
depth=${1:-16}
runs=${2:-3}
bin=build/bin
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin/rpy-translate" bench/programs/binary_trees.py --gc=generational -o "$out/generational"
"$bin/rpy-translate" bench/programs/binary_trees.py --gc=marksweep -o "$out/marksweep"
"$bin/rpy-translate" bench/programs/binary_trees.py --gc=semispace -o "$out/semispace"
cc -O2 bench/programs/binary_trees.c -o "$out/c"

declare -A commands=(
  [generational]="$out/generational $depth"
  [marksweep]="$out/marksweep $depth"
  [semispace]="$out/semispace $depth"
  [c]="$out/c $depth"
  [cpython]="python3 bench/programs/binary_trees.py $depth"
)
order=(c generational marksweep semispace cpython)
if command -v pypy3 >/dev/null; then
  commands[pypy]="pypy3 bench/programs/binary_trees.py $depth"
  order+=(pypy)
fi

"$out/c" "$depth" >"$out/expected"
for name in "${order[@]}"; do
  : >"$out/$name.times"
done
for _ in $(seq "$runs"); do
  for name in "${order[@]}"; do
    PYTHONPATH=runtime/python /usr/bin/time -f "%e %M" -o "$out/$name.last" \
      ${commands[$name]} >"$out/$name.out"
    cmp -s "$out/$name.out" "$out/expected" || { echo "$name: wrong output" >&2; exit 1; }
    cut -d' ' -f1 "$out/$name.last" >>"$out/$name.times"
  done
done

source bench/common.sh
c=$(median "$out/c.times")
label() {
  case $1 in
    c) echo "C -O2, malloc/free" ;;
    generational) echo "translated, \`--gc=generational\`" ;;
    marksweep) echo "translated, \`--gc=marksweep\`" ;;
    semispace) echo "translated, \`--gc=semispace\`" ;;
    cpython) echo "CPython $(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')" ;;
    pypy) echo "PyPy $(pypy3 -c 'import sys; print("%d.%d.%d" % sys.pypy_version_info[:3])')" ;;
  esac
}
echo "| binary-trees $depth | time | peak RSS | time / C |"
echo "|---|---|---|---|"
for name in "${order[@]}"; do
  t=$(median "$out/$name.times")
  rss=$(( $(cut -d' ' -f2 "$out/$name.last") / 1024 ))
  ratio=$(echo "if ($c > 0) { scale=2; $t / $c } else { -1 }" | bc)
  echo "| $(label "$name") | $t s | $rss MB | $ratio |"
done

# The other programs with each collector.
echo
echo "| program | generational | marksweep | semispace |"
echo "|---|---|---|---|"
for entry in bench/programs/vectors.py: examples/stack/stack.py:examples/stack/fib.stk \
             examples/stack/stack.py:examples/stack/loop.stk \
             examples/bf/bf.py:examples/bf/squares.b; do
  source=${entry%%:*} arg=${entry#*:}
  "$bin/rpy-translate" "$source" --gc=generational -o "$out/gen"
  "$bin/rpy-translate" "$source" --gc=marksweep -o "$out/ms"
  "$bin/rpy-translate" "$source" --gc=semispace -o "$out/ss"
  : >"$out/gen.times"; : >"$out/ms.times"; : >"$out/ss.times"
  for _ in $(seq "$runs"); do
    for gc in gen ms ss; do
      /usr/bin/time -f "%e" -o "$out/$gc.last" "$out/$gc" $arg >/dev/null
      cat "$out/$gc.last" >>"$out/$gc.times"
    done
  done
  g=$(median "$out/gen.times") m=$(median "$out/ms.times") s=$(median "$out/ss.times")
  echo "| \`$source${arg:+ $(basename "$arg")}\` | $g s | $m s | $s s |"
done
