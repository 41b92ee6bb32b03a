# json dumps/loads round trips through the C accelerator (_json, an extension module the engine
# loads with dlopen): importing _json first makes a missing accelerator an error, not a silent fall
# back to the pure-Python encoder.
import _json  # noqa: F401
import json

DOC = {
    "name": "dylink4j \u00e9t\u00e9 \u2603",
    "version": [0, 1, 0],
    "flags": {"fast": True, "safe": False, "extra": None},
    "items": [
        {
            "id": i,
            "label": "item-%d" % i,
            "price": i * 1.25 + 0.1,
            "tags": ["t%d" % (i % 7), "q\"uote", "tab\tnewline\n"],
            "nested": {"a": [i, i * i, -i], "b": {"c": str(i) * 3}},
        }
        for i in range(40)
    ],
}


def run(n):
    total = 0
    s = ""
    for _ in range(n):
        s = json.dumps(DOC, sort_keys=(total & 1 == 1))
        back = json.loads(s)
        total = (total + len(s) + len(back["items"]) + back["items"][-1]["id"]) & 0xFFFFFFFF
    if back != DOC:
        raise AssertionError("json round trip changed the document")
    return (total + sum(map(ord, s))) & 0xFFFFFFFF
