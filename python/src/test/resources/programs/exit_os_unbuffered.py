import os, sys
print("printed", flush=False)
sys.stdout.write("pending, no newline")
sys.stderr.write("to stderr\n")
os._exit(4)
