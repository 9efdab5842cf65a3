-- Permute (Are We Fast Yet): the Lua peer of permute.py.
local function swap(p, i, j)
  p.v[i], p.v[j] = p.v[j], p.v[i]
end

local function permute(p, n)
  p.count = p.count + 1
  if n ~= 0 then
    local n1 = n - 1
    permute(p, n1)
    for i = n1, 0, -1 do
      swap(p, n1, i)
      permute(p, n1)
      swap(p, n1, i)
    end
  end
end

local iterations = tonumber(arg[1]) or 20000
local count = 0
for _ = 1, iterations do
  local p = { count = 0, v = { [0] = 0, 0, 0, 0, 0, 0 } }
  permute(p, 6)
  count = p.count
end
print(count)
