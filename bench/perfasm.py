#!/usr/bin/env python3
"""Joins a -XX:+PrintAssembly log (raw hex, as JDK 17 prints it without hsdis) with perf samples.

    perfasm.py ASSEMBLY_LOG SAMPLES [TOP]

ASSEMBLY_LOG: the JVM's stdout with -XX:CompileCommand=print,... (one or more methods).
SAMPLES: lines "COUNT HEXADDRESS" (perf script -F ip | sort | uniq -c).
For the last C2 compile of each printed method, the machine code is disassembled with objdump and
each instruction gets its sample count. Prints, per method, the total and the TOP (default 40)
hottest instructions in address order; the full listings go beside the log as LOG.METHOD.s.
Used by bench/perfasm (see there); hsdis, which -XX:+PrintAssembly would use to disassemble, is
not packaged for this JDK.
"""
import re
import subprocess
import sys
import tempfile

HEADER = re.compile(r"^Compiled method \((c1|c2)\)\s+\d+\s+\d+\s+(%?)\s*\d\s+(\S+) ")
HEX_LINE = re.compile(r"^\s+0x([0-9a-f]+): ((?:[0-9a-f]{2,8}\s*\|?\s*)+)$")
INSN = re.compile(r"^\s+([0-9a-f]+):\t")


def blocks(text):
    """(compiler, is_osr, method, machine-code text) of each printed nmethod."""
    parts = re.split(r"(?m)^(?=Compiled method \()", text)
    for part in parts:
        m = HEADER.match(part)
        if m and "[MachCode]" in part and "[/MachCode]" in part:
            code = part[part.index("[MachCode]") : part.index("[/MachCode]")]
            yield m.group(1), m.group(2) == "%", m.group(3), code


def disassemble(code):
    start, data = None, bytearray()
    for line in code.split("\n"):
        m = HEX_LINE.match(line)
        if not m:
            continue
        address = int(m.group(1), 16)
        if start is None:
            start = address
        raw = bytes.fromhex(re.sub(r"[\s|]", "", m.group(2)))
        offset = address - start
        data[offset : offset + len(raw)] = raw
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        out = subprocess.run(
            ["objdump", "-D", "-b", "binary", "-mi386:x86-64", "--adjust-vma=0x%x" % start, f.name],
            capture_output=True, text=True, check=True).stdout
    return [line for line in out.split("\n") if INSN.match(line)]


def main():
    log, samples = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    counts = {}
    for line in open(samples):
        fields = line.split()
        if len(fields) == 2:
            counts[int(fields[1], 16)] = counts.get(int(fields[1], 16), 0) + int(fields[0])
    last = {}
    for compiler, osr, method, code in blocks(open(log, errors="replace").read()):
        if compiler == "c2":
            last[(method, osr)] = code  # later compiles replace earlier ones
    for (method, osr), code in sorted(last.items()):
        rows = []
        for line in disassemble(code):
            address = int(INSN.match(line).group(1), 16)
            rows.append((counts.get(address, 0), line))
        total = sum(c for c, _ in rows)
        name = method + (" (OSR)" if osr else "")
        listing = "%s.%s%s.s" % (log, re.sub(r"[^A-Za-z0-9_.]", "_", method), ".osr" if osr else "")
        with open(listing, "w") as out:
            out.write("%s: %d samples\n" % (name, total))
            out.writelines("%6d %s\n" % (c, line) for c, line in rows)
        print("== %s: %d samples (listing: %s)" % (name, total, listing))
        hottest = sorted(range(len(rows)), key=lambda i: -rows[i][0])[:top]
        for i in sorted(hottest):
            if rows[i][0]:
                print("%6d %s" % rows[i])


if __name__ == "__main__":
    main()
