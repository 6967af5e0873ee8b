-- POSTs a ticket per request, cycling through $TARGETS ("office:lane:token,..." where token is a 1-based index into
-- the space-separated $TOKENS: the floor manager of that office's ward); prints the latency percentiles the tables use.
local tokens = {}
for t in string.gmatch(os.getenv("TOKENS"), "%S+") do
  table.insert(tokens, t)
end
local targets = {}
for office, lane, token in string.gmatch(os.getenv("TARGETS"), "(%d+):(%d+):(%d+)") do
  table.insert(targets, { path = "/api/v1/offices/" .. office .. "/tickets", body = '{"laneId":' .. lane .. '}',
    auth = "Bearer " .. tokens[tonumber(token)] })
end
local n = 0

request = function()
  n = n + 1
  local t = targets[(n % #targets) + 1]
  return wrk.format("POST", t.path, { ["Content-Type"] = "application/json", ["Authorization"] = t.auth }, t.body)
end

done = function(summary, latency, requests)
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.2fms\n", p, latency:percentile(p) / 1000))
  end
end

-- PACE_MS: each connection waits on average this long before each ticket (a kiosk's pace: 0 to twice PACE_MS, at
-- random, so that the connections do not all issue in the same millisecond), so that the load is a rate the floors
-- could see rather than as fast as the server answers
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  delay = function()
    return math.random(0, 2 * pace)
  end
end
