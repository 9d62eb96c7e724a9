-- wrk script of the check-in benchmark (bench/checkin.sh): every request is a new check-in of one of the
-- benchmark's employees (POST /api/v1/attendance/check-ins, bearer token, WFH, a fresh client id), and every
-- response is counted by status. Each thread writes what it sent (token line, body: for the replay) and the client
-- ids acknowledged with 201 (for the count in the database) to its own files.
--   wrk -t THREADS -s bench/checkin.lua URL -- TOKENS_FILE LOG_DIR RUN_ID THREADS SECONDS DRAIN
-- wrk stops with requests in flight, unanswered: so that every check-in sent is answered (and stored = acknowledged
-- can be checked exactly), the last DRAIN seconds send only a static file, which touches no database.
local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  table.insert(threads, thread)
  next_id = next_id + 1
end

local tokens = {}
local mine = {}
local uses = {}
local position = 0
-- Globals, so that done() can read them from each thread.
sent, c201, c200, c503, cother = 0, 0, 0, 0, 0
-- Acknowledged since this thread's last 503 (all of them when there was none): service resumed after an outage.
resumed, first503, last503, other_status, max503 = 0, 0, 0, 0, 0
local sent_log, acked_log, run, stop_at

function init(args)
  for line in io.lines(args[1]) do
    local token = line:match("\t(.+)$")
    if token then tokens[#tokens + 1] = token end
  end
  run = tonumber(args[3], 16)
  stop_at = os.time() + tonumber(args[5]) - tonumber(args[6])
  -- Threads are numbered 1..n in the order made; this thread takes every n-th employee, so an employee's
  -- check-ins (alternating in and out) all come from one thread, in order.
  local count = tonumber(args[4])
  for i = id, #tokens, count do mine[#mine + 1] = i end
  sent_log = io.open(string.format("%s/sent-%d.tsv", args[2], id), "w")
  acked_log = io.open(string.format("%s/acked-%d.txt", args[2], id), "w")
end

function request()
  if os.time() >= stop_at then
    return wrk.format("GET", "/css/site.css")
  end
  sent = sent + 1
  position = position % #mine + 1
  local index = mine[position]
  local n = (uses[index] or 0) + 1
  uses[index] = n
  local body = string.format(
    '{"clientId":"%08x-%04x-4000-8000-%012x","direction":"%s","mode":"Home","deviceAt":"%s"}',
    run, id, sent, n % 2 == 1 and "In" or "Out", os.date("!%Y-%m-%dT%H:%M:%SZ"))
  sent_log:write(index, "\t", body, "\n")
  return wrk.format("POST", "/api/v1/attendance/check-ins",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. tokens[index] }, body)
end

function response(status, headers, body)
  if status == 201 then
    c201 = c201 + 1
    resumed = resumed + 1
    acked_log:write(body:match('"clientId"%s*:%s*"([^"]+)"') or "?", "\n")
  elseif status == 200 then
    if body:find('"duplicate":true', 1, true) then c200 = c200 + 1 end
  elseif status == 503 then
    c503 = c503 + 1
    -- The server's own time (Server-Timing), apart from the waiting of a loaded machine.
    local dur = tonumber((headers["Server-Timing"] or ""):match("dur=([%d.]+)") or "0")
    if dur > max503 then max503 = dur end
    resumed = 0
    last503 = os.time()
    if first503 == 0 then first503 = last503 end
  else
    cother = cother + 1
    other_status = status
  end
end

function done(summary, latency, requests)
  local t = { sent = 0, c201 = 0, c200 = 0, c503 = 0, cother = 0, resumed = 0 }
  local first, last, other, m503 = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    if thread:get("max503") > m503 then m503 = thread:get("max503") end
    if thread:get("other_status") > 0 then other = thread:get("other_status") end
    for key in pairs(t) do t[key] = t[key] + thread:get(key) end
    local f, l = thread:get("first503"), thread:get("last503")
    if f > 0 and (first == 0 or f < first) then first = f end
    if l > last then last = l end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT seconds=%.3f responses=%d sent=%d created=%d duplicate=%d unavailable=%d other=%d other_status=%d " ..
    "max503_server_ms=%.1f resumed=%d outage_s=%d connect_errors=%d read_errors=%d write_errors=%d timeouts=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.duration / 1e6, summary.requests, t.sent, t.c201, t.c200, t.c503, t.cother, other,
    m503, t.resumed, first > 0 and (last - first + 1) or 0,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
