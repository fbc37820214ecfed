-- Load on `tongbao serve` over thousands of distinct requests, so that a server keeping its
-- answers (`--cache-mb`) is measured mostly searching, not only answering from memory:
--
--     tongbao serve --index DIR --bind 127.0.0.1:8090 &
--     wrk -t2 -c50 -d30s --latency -s benches/serve_load_many.lua http://127.0.0.1:8090
--
-- (run from the repository's root). The texts of benches/queries.txt, each alone and with 12
-- filters (kind, amount, period, place, role), asked as `/api/search` documents, as
-- `/api/search` facts and as the search page `/`, on pages 1 to 3: 39 × 13 × 3 × 3 = 4,563
-- requests, drawn at random (a fixed seed per thread). The last line is serve_load.lua's.
local paths = {}

local function enc(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local filters = {
  "", "&kind=money", "&kind=growth", "&kind=quantity", "&kind=percent", "&from=2025&to=2025",
  "&from=2026&to=2026", "&region=" .. enc("北京"), "&region=" .. enc("广东"), "&role=actual",
  "&role=target", "&kind=money&min=" .. enc("1亿"), "&kind=growth&min=10",
}

for line in io.lines("benches/queries.txt") do
  local text = line:match("^([^|]*)"):match("^%s*(.-)%s*$")
  if text ~= "" and text:sub(1, 1) ~= "#" then
    for _, f in ipairs(filters) do
      for page = 1, 3 do
        local p = "&page=" .. page
        paths[#paths + 1] = "/api/search?q=" .. enc(text) .. f .. p
        paths[#paths + 1] = "/api/search?q=" .. enc(text) .. f .. "&view=facts" .. p
        paths[#paths + 1] = "/?q=" .. enc(text) .. f .. p
      end
    end
  end
end

local threads = 0
function setup(thread)
  thread:set("seed", 17 + threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(seed or 17)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- the summary line both load scripts print (benches/serve_report.lua)
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "serve_report.lua")
