-- Queens (Are We Fast Yet): the Lua peer of queens.py.
local function new_queens()
  local q = { free_rows = {}, free_maxs = {}, free_mins = {}, queen_rows = {} }
  for i = 0, 7 do q.free_rows[i] = true; q.queen_rows[i] = -1 end
  for i = 0, 15 do q.free_maxs[i] = true; q.free_mins[i] = true end
  return q
end

local function get(q, r, c)
  return q.free_rows[r] and q.free_maxs[c + r] and q.free_mins[c - r + 7]
end

local function set(q, r, c, v)
  q.free_rows[r] = v; q.free_maxs[c + r] = v; q.free_mins[c - r + 7] = v
end

local function place(q, c)
  for r = 0, 7 do
    if get(q, r, c) then
      q.queen_rows[r] = c
      set(q, r, c, false)
      if c == 7 or place(q, c + 1) then return true end
      set(q, r, c, true)
    end
  end
  return false
end

local function benchmark()
  local result = true
  for _ = 1, 10 do result = result and place(new_queens(), 0) end
  return result
end

local iterations = tonumber(arg[1]) or 20000
local found = 0
for _ = 1, iterations do if benchmark() then found = found + 1 end end
print(found)
