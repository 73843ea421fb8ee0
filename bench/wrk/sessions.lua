-- Logged-in people at work: every request carries one of the session cookies listed in BENCH_COOKIES (one line
-- each, "ZORGZAME_SESSION=..."), in turn, and asks for a page or the API as someone using the registry does. Anything
-- but 200 is an error: a lost session is answered with a redirect to the login page (302), which wrk alone
-- would count as a success.
local paths = {"/zorgzame/organisations/list.xhtml", "/zorgzame/api/organisations?q=zorg&size=20",
  "/zorgzame/index.xhtml", "/zorgzame/api/organisations?q=sint%20linde&size=20", "/zorgzame/api/checklist/regional?municipality=44021"}
local threads = {}

setup = function(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

init = function(args)
  cookies = {}
  for line in io.lines(os.getenv("BENCH_COOKIES")) do
    table.insert(cookies, line)
  end
  counter = id
  failed = 0
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], {["Cookie"] = cookies[(counter % #cookies) + 1]})
end

response = function(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local not_ok = 0
  for _, thread in ipairs(threads) do
    not_ok = not_ok + thread:get("failed")
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + not_ok
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, summary.requests, errors))
end
