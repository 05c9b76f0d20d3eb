-- Soak load for wrk (tests/bench/soak.sh): cycles through the GET paths of a file like
-- mixed.lua, and each thread posts a few forms a second (lines of a forms file: path, cookie and
-- form body with a valid antiforgery token, tab-separated) from the loopback address itself, so
-- the per-address form limit answers 429 after its first few. GETs carry an X-Forwarded-For
-- address from a pool of CLIENTS addresses of the benchmarking range 198.18.0.0/15 (RFC 2544; the
-- site trusts loopback as a proxy by default), so search, API and feeds are really served, not
-- only refused; CLIENTS 0 sends every request as loopback. Counts the answers per status class and
-- prints them as one line "soak-counts 2xx 3xx 429 4xx 5xx connect read write timeout posts".
-- Usage: wrk -t2 -c64 -d600s -s tests/bench/soak.lua http://127.0.0.1:PORT -- paths.txt forms.txt POSTS_PER_SECOND_PER_THREAD CLIENTS
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

local paths, forms = {}, {}
local counter, form_counter, client_counter = 0, 0, 0
local posts_per_second, clients = 1, 0
local second, posts_this_second = 0, 0
c2, c3, c429, c4, c5, posts = 0, 0, 0, 0, 0, 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  for line in io.lines(args[2]) do
    local path, cookie, body = line:match("^([^\t]+)\t([^\t]+)\t(.+)$")
    if path then
      local headers = { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }
      for name, value in pairs(wrk.headers) do
        headers[name] = headers[name] or value
      end
      forms[#forms + 1] = wrk.format("POST", path, headers, body)
    end
  end
  posts_per_second = tonumber(args[3]) or 1
  clients = tonumber(args[4]) or 0
  counter = ((id or 1) * 7919) % #paths
end

function request()
  local now = os.time()
  if now ~= second then
    second, posts_this_second = now, 0
  end
  if #forms > 0 and posts_this_second < posts_per_second then
    posts_this_second = posts_this_second + 1
    posts = posts + 1
    form_counter = form_counter % #forms + 1
    return forms[form_counter]
  end
  counter = counter % #paths + 1
  if clients > 0 then
    client_counter = client_counter % clients + 1
    local address = string.format("198.18.%d.%d", math.floor(client_counter / 256), client_counter % 256)
    -- wrk.format replaces the command line's headers (-H, e.g. Accept-Encoding) with the table it
    -- gets, so they are copied in.
    local headers = { ["X-Forwarded-For"] = address }
    for name, value in pairs(wrk.headers) do
      headers[name] = headers[name] or value
    end
    return wrk.format("GET", paths[counter], headers)
  end
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status == 429 then
    c429 = c429 + 1
  elseif status >= 500 then
    c5 = c5 + 1
  elseif status >= 400 then
    c4 = c4 + 1
  elseif status >= 300 then
    c3 = c3 + 1
  else
    c2 = c2 + 1
  end
end

function done(summary, latency, requests)
  local total = { 0, 0, 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    total[1] = total[1] + thread:get("c2")
    total[2] = total[2] + thread:get("c3")
    total[3] = total[3] + thread:get("c429")
    total[4] = total[4] + thread:get("c4")
    total[5] = total[5] + thread:get("c5")
    total[6] = total[6] + thread:get("posts")
  end
  local e = summary.errors
  io.write(string.format("soak-counts %d %d %d %d %d %d %d %d %d %d\n",
    total[1], total[2], total[3], total[4], total[5], e.connect, e.read, e.write, e.timeout, total[6]))
end
