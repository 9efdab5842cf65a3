-- Sieve of Eratosthenes: the Lua peer of sieve.py.
local function sieve(n)
  local flags = {}
  for i = 0, n - 1 do flags[i] = true end
  flags[0] = false
  flags[1] = false
  local i = 2
  while i * i < n do
    if flags[i] then
      for j = i * i, n - 1, i do flags[j] = false end
    end
    i = i + 1
  end
  local count = 0
  for k = 0, n - 1 do if flags[k] then count = count + 1 end end
  return count
end

local n = tonumber(arg[1]) or 5000000
local count = 0
for _ = 1, 5 do count = sieve(n) end
print(count)
