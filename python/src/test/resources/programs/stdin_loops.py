import sys
first = sys.stdin.readline()
print(repr(first))
second = input()
print(repr(second))
for i, line in enumerate(sys.stdin):
    print(i, repr(line), line.split())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOF", repr(str(e)))
print(sys.stdin.isatty(), sys.stdout.isatty(), sys.stdin.name, sys.stdin.mode, sys.stdin.fileno(), sys.stdin.encoding)
