def f():
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
try:
    f()
except* ValueError as eg:
    print("caught", repr(eg.exceptions))
except* TypeError as eg:
    print("caught t", repr(eg.exceptions))
except* KeyError as eg:
    print("caught k", repr(eg))
try:
    raise ExceptionGroup("eg", [OSError(2, "gone")])
except ExceptionGroup as eg:
    print(eg.split(OSError)[0], eg.subgroup(lambda e: False))
e = ValueError("with note"); e.add_note("a note"); e.add_note("another")
try:
    raise e
except ValueError as v:
    print(v.__notes__)
f()
