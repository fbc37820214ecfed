-- Load on `tongbao serve` with wrk (a C client, so the load generator costs the machine little):
--
--     tongbao serve --index DIR --bind 127.0.0.1:8090 &
--     wrk -t2 -c50 -d30s --latency -s benches/serve_load.lua http://127.0.0.1:8090
--
-- (run from the repository's root). Each request is the next of: the text parts of
-- benches/queries.txt asked through the API as documents and as facts, and as the search page
-- (results with their counts by kind, year and place). wrk counts a status other than 2xx/3xx
-- as an error ("Non-2xx or 3xx responses"); the last line sums every kind of error.
local paths = {}

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

for line in io.lines("benches/queries.txt") do
  local text = line:match("^([^|]*)"):match("^%s*(.-)%s*$")
  if text ~= "" and text:sub(1, 1) ~= "#" then
    paths[#paths + 1] = "/api/search?q=" .. enc(text)
    paths[#paths + 1] = "/api/search?q=" .. enc(text) .. "&view=facts"
    paths[#paths + 1] = "/?q=" .. enc(text)
  end
end

local threads = 0
function setup(thread)
  thread:set("counter", threads * 7)
  threads = threads + 1
end

function request()
  counter = (counter or 0) + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("%d requests in %.0f s (%.0f/s); latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f; errors %d (connect %d, read %d, write %d, status %d, timeout %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.status + e.timeout, e.connect, e.read, e.write, e.status, e.timeout))
end
