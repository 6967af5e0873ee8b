-- The steady load of the rolling restart: staff reading voice lists and statistics, the public finder and the SPA,
-- and one request in ten taking a voice in (a write, with an Idempotency-Key as partners send). Counts the answers by
-- status and prints them, so that a single failed request shows.
-- Reads the token from the environment (ROLLING_TOKEN); ROLLING_KEEPALIVE=0 opens a connection for every request.
local token = os.getenv("ROLLING_TOKEN")
local close = os.getenv("ROLLING_KEEPALIVE") == "0"
local threads = {}
local counter = 0
statuses = {}

local reads = {
  "/api/v1/voices?size=20",
  "/api/v1/voices/stats?groupBy=ward",
  "/api/v1/proposals?size=20",
  "/api/v1/finder?q=%E4%BD%8F%E6%B0%91%E7%A5%A8",  -- 住民票
  "/",
}
local voice = '{"channel":"COUNTER","type":"REQUEST","categories":["roads"],"wardCode":"431010",'
  .. '"text":"\\u8857\\u706f\\u304c\\u6d88\\u3048\\u3066\\u3044\\u307e\\u3059 (rolling restart)"}'

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
  if close then
    headers["Connection"] = "close"
  end
  if counter % 10 == 0 then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = string.format("rolling-%d-%d-%d", id, counter, math.random(1, 1000000000))
    return wrk.format("POST", "/api/v1/voices", headers, voice)
  end
  return wrk.format("GET", reads[counter % #reads + 1], headers)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d %d\n", status, n))
  end
  io.write(string.format("errors connect %d read %d write %d timeout %d\n", summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("p95 %.2fms p99 %.2fms\n", latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
