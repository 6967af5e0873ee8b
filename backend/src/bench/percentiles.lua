-- Prints the latency percentiles the benchmark tables report (wrk's own --latency has no 95th).
done = function(summary, latency, requests)
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.2fms\n", p, latency:percentile(p) / 1000))
  end
end
