# Helpers of the bench/ scripts (sourced).

# seconds <command...>: the wall time of one run, output discarded.
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# median [file]: the median of the numbers on standard input (or in file),
# to 3 decimals.
median() {
  sort -g "$@" | awk '{ v[NR] = $1 } END { printf "%.3f", v[int((NR + 1) / 2)] }'
}
