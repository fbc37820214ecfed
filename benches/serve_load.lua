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

-- the summary line both load scripts print (benches/serve_report.lua)
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "serve_report.lua")
