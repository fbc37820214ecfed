-- The one summary line of a wrk run, shared by serve_load.lua and serve_load_many.lua.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%d requests in %.0f s (%.0f/s); latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f; errors %d (connect %d, read %d, write %d, status %d, timeout %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, e.connect, e.read, e.write, e.status, e.timeout))
end
