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
