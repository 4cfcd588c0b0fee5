LOG = """2024-01-01 INFO start server port=8080
2024-01-01 WARN disk usage 81%
2024-01-02 INFO request path=/index status=200 ms=12
2024-01-02 ERROR request path=/api status=500 ms=340
2024-01-02 INFO request path=/about status=200 ms=8
2024-01-03 INFO request path=/api status=200 ms=95
2024-01-03 ERROR db timeout after 3000ms
2024-01-03 INFO request path=/index status=304 ms=3
2024-01-04 WARN slow request path=/api ms=1200
2024-01-04 INFO stop server"""


def read_lines(text):
    for line in text.split("\n"):
        yield line


def parse(lines):
    for line in lines:
        date, level, rest = line.split(" ", 2)
        yield {"date": date, "level": level, "msg": rest}


def only(level, records):
    return (r for r in records if r["level"] == level)


def fields(records):
    for r in records:
        kv = {}
        for part in r["msg"].split():
            if "=" in part:
                k, v = part.split("=", 1)
                kv[k] = int(v) if v.isdigit() else v
        r["fields"] = kv
        yield r


def numbered(src, start=1):
    n = start
    for item in src:
        yield n, item
        n += 1


records = list(fields(parse(read_lines(LOG))))
print("records:", len(records))
for level in ["INFO", "WARN", "ERROR"]:
    print(level, sum(1 for _ in only(level, records)))
for i, r in numbered(only("ERROR", records)):
    print(i, r["date"], r["msg"])
requests = [r["fields"] for r in records if "path" in r["fields"]]
print(requests)
by_path = {}
for req in requests:
    by_path.setdefault(req["path"], []).append(req.get("ms", 0))
for path in sorted(by_path):
    times = by_path[path]
    print(path, len(times), sum(times), max(times), sum(times) / len(times))
per_day = {}
for r in records:
    per_day[r["date"]] = per_day.get(r["date"], 0) + 1
print(per_day)


def window(src, n):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)


print(list(window((r["level"][0] for r in records), 3)))
gen = (r["date"] for r in records)
print(next(gen), next(gen), sum(1 for _ in gen))
