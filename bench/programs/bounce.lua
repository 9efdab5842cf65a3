-- Bounce (Are We Fast Yet): the Lua peer of bounce.py.
local seed
local function next_random()
  seed = ((seed * 1309) + 13849) % 65536
  return seed
end

local function new_ball()
  local b = {}
  b.x = next_random() % 500
  b.y = next_random() % 500
  b.x_vel = (next_random() % 300) - 150
  b.y_vel = (next_random() % 300) - 150
  return b
end

local function bounce(b)
  local limit, bounced = 500, false
  b.x = b.x + b.x_vel
  b.y = b.y + b.y_vel
  if b.x > limit then b.x = limit; b.x_vel = -math.abs(b.x_vel); bounced = true end
  if b.x < 0 then b.x = 0; b.x_vel = math.abs(b.x_vel); bounced = true end
  if b.y > limit then b.y = limit; b.y_vel = -math.abs(b.y_vel); bounced = true end
  if b.y < 0 then b.y = 0; b.y_vel = math.abs(b.y_vel); bounced = true end
  return bounced
end

local function benchmark()
  seed = 74755
  local balls = {}
  for i = 1, 100 do balls[i] = new_ball() end
  local bounces = 0
  for _ = 1, 50 do
    for i = 1, 100 do if bounce(balls[i]) then bounces = bounces + 1 end end
  end
  return bounces
end

local iterations = tonumber(arg[1]) or 20000
local bounces = 0
for _ = 1, iterations do bounces = benchmark() end
print(string.format("%d", bounces))
