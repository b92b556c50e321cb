-- wrk script: POST /api/check with a realistic request whose subject varies, so suggestions are searched for.
local subjects = {
  "Outlook keeps asking for my password",
  "Cannot sync OneDrive files after the update",
  "Excel formulas show as text instead of results",
  "Teams meeting has no sound on Windows",
  "SharePoint site permissions for an external user",
  "Word crashes when I open a document from email",
  "Activate Office after changing the license",
  "Mailbox is full and cannot receive messages",
}
local counter = 0

-- With arguments (`wrk ... -s check.lua URL -- RATE THREADS`), each thread paces its connections to RATE / THREADS
-- requests a second (a fixed load, for the soak), instead of sending as fast as the service answers.
local ffi = require("ffi")
ffi.cdef[[
  struct deskbook_timespec { long seconds; long nanoseconds; };
  int clock_gettime(int clock, struct deskbook_timespec *time);
]]
local clock = ffi.new("struct deskbook_timespec")
local function milliseconds()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.seconds) * 1000 + tonumber(clock.nanoseconds) / 1e6
end
local step = nil
local slot = 0

-- The wait before a connection's next request: the thread's next free slot, one step after the last one taken; a
-- slot missed while the service was slow is dropped rather than sent later in a burst.
local function paced_delay()
  local now = milliseconds()
  slot = math.max(slot + step, now)
  return math.floor(slot - now)
end

-- wrk looks for `delay` after `init`, so an unpaced run has none and sends at full speed.
init = function(args)
  local rate, threads = tonumber(args[1]), tonumber(args[2])
  if rate and threads and rate > 0 then
    step = 1000 * threads / rate
    delay = paced_delay
  end
end

request = function()
  counter = counter + 1
  local subject = subjects[(counter % #subjects) + 1]
  local body = string.format(
    '{"name":"Anna Petrova","email":"anna%d@example.com","category":"question","platform":"windows",' ..
    '"app_version":"3.2.1","workspace_id":"W-58213","subject":"%s",' ..
    '"description":"Since Monday this happens every time. I restarted the computer and signed out and in again, but it still happens. What else can I try?"}',
    counter, subject)
  return wrk.format("POST", "/api/check", {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests/s=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d requests=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.requests))
end
