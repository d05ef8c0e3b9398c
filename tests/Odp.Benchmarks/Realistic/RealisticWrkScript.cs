namespace Odp.Benchmarks.Realistic;

/// <summary>
/// The wrk script of the realistic mode. <c>init</c> reads the signed requests from the data file written by
/// <see cref="SignedRequestFile"/> (a table filled at run time: LuaJIT limits the constants of one function, so they
/// are not inlined), <c>request</c> sends each once, in order, and <c>response</c> checks each answer: wrk counts only
/// non-2xx answers as errors, but ODP answers an error card with 200. With check <c>search</c>, an answer without
/// <c>blocks</c> or without "Datasets matching" (not a search result), "Something went wrong" or "still loading" is
/// counted; <c>done</c> prints the counts on one line <see cref="Marker"/> for <see cref="RealisticLoad"/> to read.
/// Past the end of the file it starts again and counts replays (the run then needs more requests signed).
/// Arguments: data file, check (<c>search</c> or <c>status</c>), path.
/// </summary>
public static class RealisticWrkScript
{
    public const string Marker = "odp-bench-answers:";

    public const string Lua = """
        local threads = {}
        function setup(thread)
          table.insert(threads, thread)
        end

        local lines = {}
        local at = 0
        local path = "/"
        local check = false
        not_search, went_wrong, loading, replays, sent = 0, 0, 0, 0, 0

        function init(args)
          path = args[3]
          check = args[2] == "search"
          for line in io.lines(args[1]) do
            local t1 = line:find("\t", 1, true)
            local t2 = line:find("\t", t1 + 1, true)
            lines[#lines + 1] = { line:sub(1, t1 - 1), line:sub(t1 + 1, t2 - 1), line:sub(t2 + 1) }
          end
        end

        function request()
          at = at + 1
          sent = sent + 1
          if at > #lines then
            at = 1
          end
          if sent > #lines then
            replays = replays + 1
          end
          local r = lines[at]
          return wrk.format("POST", path, {
            ["Content-Type"] = "application/x-www-form-urlencoded",
            ["X-Slack-Request-Timestamp"] = r[1],
            ["X-Slack-Signature"] = r[2],
          }, r[3])
        end

        function response(status, headers, body)
          if not check or status < 200 or status > 299 then
            return
          end
          if body:find("Something went wrong", 1, true) then
            went_wrong = went_wrong + 1
          elseif body:find("still loading", 1, true) then
            loading = loading + 1
          elseif not body:find("\"blocks\"", 1, true) or not body:find("Datasets matching", 1, true) then
            not_search = not_search + 1
          end
        end

        function done(summary, latency, requests)
          local n, w, l, r, s = 0, 0, 0, 0, 0
          for _, t in ipairs(threads) do
            n = n + t:get("not_search")
            w = w + t:get("went_wrong")
            l = l + t:get("loading")
            r = r + t:get("replays")
            s = s + t:get("sent")
          end
          io.write(string.format("MARKER not_search=%d went_wrong=%d loading=%d replays=%d sent=%d\n", n, w, l, r, s))
        end
        """;

    public static string Text => Lua.Replace("MARKER", Marker);
}
