-- binary-trees: the Lua peer of binary_trees.py.
local function make(depth)
  if depth == 0 then return {} end
  return { make(depth - 1), make(depth - 1) }
end

local function check(node)
  if not node[1] then return 1 end
  return 1 + check(node[1]) + check(node[2])
end

local n = tonumber(arg[1]) or 16
local max_depth = math.max(6, n)
local stretch = max_depth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(make(stretch))))
local long_lived = make(max_depth)
for depth = 4, max_depth, 2 do
  local iterations = math.floor(2 ^ (max_depth - depth + 4))
  local total = 0
  for _ = 1, iterations do total = total + check(make(depth)) end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iterations, depth, total))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", max_depth, check(long_lived)))
