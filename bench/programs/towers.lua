-- Towers (Are We Fast Yet): the Lua peer of towers.py.
local piles, moves

local function push(disk, pile)
  local top = piles[pile]
  if top and disk.size >= top.size then error("cannot put a big disk on a smaller one") end
  disk.next = top
  piles[pile] = disk
end

local function pop(pile)
  local top = piles[pile]
  piles[pile] = top.next
  top.next = nil
  return top
end

local function move_disks(disks, source, destination)
  if disks == 1 then
    push(pop(source), destination); moves = moves + 1
    return
  end
  local other = 3 - source - destination
  move_disks(disks - 1, source, other)
  push(pop(source), destination); moves = moves + 1
  move_disks(disks - 1, other, destination)
end

local function benchmark()
  piles = {}
  moves = 0
  for size = 12, 0, -1 do push({ size = size }, 0) end
  move_disks(13, 0, 1)
  return moves
end

local iterations = tonumber(arg[1]) or 2000
local result = 0
for _ = 1, iterations do result = benchmark() end
print(result)
