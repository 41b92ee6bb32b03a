import sys, atexit
atexit.register(lambda: print("atexit ran"))
print("hi")
sys.exit(42)
