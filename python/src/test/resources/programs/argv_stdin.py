import sys
print(sys.argv)
print(__name__, __file__.endswith('argv_stdin.py'))
name = input("name? ")
print(f"hello {name}")
rest = sys.stdin.read()
print(len(rest.splitlines()), repr(rest[:20]))
print("to stderr", file=sys.stderr)
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
