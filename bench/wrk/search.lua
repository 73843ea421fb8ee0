-- Organisation search: each request types another search, as people do (a word's beginning, two words,
-- a city). BENCH_PATH is the search resource; the words rotate per thread.
local queries = {"zorg", "linde", "buurtcom", "gent", "wzc", "sport", "de sleutel", "hand in", "antw",
  "kring", "molen", "sint", "ldc", "brugge", "thuisz", "vzw ons", "regenb", "mantelzorg", "leuven", "haven"}
local base = os.getenv("BENCH_PATH")
local counter = 0

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]:gsub(" ", "%%20")
  return wrk.format("GET", base .. "?q=" .. q .. "&size=20")
end

dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
