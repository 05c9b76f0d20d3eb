-- Mixed load for wrk: cycles through the paths of a file (one a line), each thread from its own
-- starting point. tests/bench/run.sh writes the file (tests/bench/benchtool.py mixed) from the
-- site's own sitemap: pages of several languages, lists, topics, details, searches, the search and
-- suggestion APIs, sitemaps, the Atom feed and QR codes.
-- Usage: wrk -t2 -c64 -d10s -s tests/bench/mixed.lua http://127.0.0.1:PORT -- paths.txt
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  counter = ((id or 1) * 7919) % #paths
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
