-- wrk script: POST /api/requests with ready requests, each different (the subject carries a counter), so each
-- becomes a ticket in the store.
local counter = 0
local thread_id = 0
local threads = {}

setup = function(thread)
  thread_id = thread_id + 1
  thread:set("prefix", thread_id)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"name":"Anna Petrova","email":"anna@example.com","category":"question","platform":"windows",' ..
    '"app_version":"3.2.1","workspace_id":"W-58213","subject":"Export number %d-%d of a project to CSV skips archived tasks",' ..
    '"description":"When I export the Marketing project to CSV, archived tasks are missing from the file. Is there a setting that includes them in the export?"}',
    prefix or 0, counter)
  return wrk.format("POST", "/api/requests", {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests/s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests))
end
