-- POSTs a ticket per request, cycling through the lanes in $LANES (comma-separated ids), with the token in $TOKEN;
-- prints the latency percentiles the benchmark tables report.
local lanes = {}
for id in string.gmatch(os.getenv("LANES"), "%d+") do
  table.insert(lanes, id)
end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"laneId":' .. lanes[(n % #lanes) + 1] .. '}')
end

done = function(summary, latency, requests)
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.2fms\n", p, latency:percentile(p) / 1000))
  end
end
