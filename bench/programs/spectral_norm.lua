-- spectral-norm: the Lua peer of spectral_norm.py.
local function eval_a(i, j)
  local ij = i + j
  return 1.0 / (math.floor(ij * (ij + 1) / 2) + i + 1)
end

local function times_u(u, out, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + eval_a(i, j) * u[j] end
    out[i] = s
  end
end

local function times_transposed(u, out, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do s = s + eval_a(j, i) * u[j] end
    out[i] = s
  end
end

local n = tonumber(arg[1]) or 1000
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do u[i] = 1.0; v[i] = 0.0; tmp[i] = 0.0 end
for _ = 1, 10 do
  times_u(u, tmp, n); times_transposed(tmp, v, n)
  times_u(v, tmp, n); times_transposed(tmp, u, n)
end
local vbv, vv = 0.0, 0.0
for i = 0, n - 1 do vbv = vbv + u[i] * v[i]; vv = vv + v[i] * v[i] end
print(string.format("%.9f", math.sqrt(vbv / vv)))
