import sys, traceback

class AppError(Exception):
    pass

def parse(s):
    return int(s)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise AppError(f"bad value {v!r}") from e
    return out

def handler():
    try:
        {}["missing"]
    except KeyError:
        1 / 0

def f(d):
    return d["a"]["b"]["c"] + compute(d)

def compute(d):
    x = d.get("n", 0)
    return x * 2 + len(d["a"]) / (x - x)

try:
    handler()
except ZeroDivisionError:
    traceback.print_exc()
try:
    f({"a": {"b": {"c": 1}}, "n": 3})
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e), file=sys.stderr)
    traceback.print_exc(limit=1)
try:
    None.attr
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
print("continuing", file=sys.stderr)
if __name__ == "__main__":
    print(load(["1", "2"]))
    load(["3", "x4"])
